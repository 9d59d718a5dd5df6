// The generic walk of validate(): any described struct, union, optional or list.
#ifndef NEPTUNE_GRAPH_VALIDATE_DETAIL_WALKER_HPP
#define NEPTUNE_GRAPH_VALIDATE_DETAIL_WALKER_HPP

#include <neptune_graph/error.hpp>
#include <neptune_graph/model/equality.hpp>
#include <neptune_graph/model/open_enum.hpp>
#include <neptune_graph/model/tagged_union.hpp>
#include <neptune_graph/model/timestamp.hpp>
#include <neptune_graph/validate/constraint.hpp>
#include <neptune_graph/validate/detail/checks.hpp>
#include <neptune_graph/validate/detail/messages.hpp>
#include <neptune_graph/validate/detail/path.hpp>
#include <neptune_graph/validate/error.hpp>
#include <neptune_graph/validate/options.hpp>

#include <boost/mp11/algorithm.hpp>
#include <boost/variant2/variant.hpp>

#include <cstddef>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace neptune_graph {
namespace detail {

// True when `p` is one of T's described members.
template <class T, class P>
constexpr bool names_a_member(P p)
{
    bool found = false;
    boost::mp11::mp_for_each<public_members<T>>([&](auto D) {
        if constexpr(std::is_same<std::decay_t<decltype(D.pointer)>, P>::value)
            found = found || D.pointer == p;
    });
    return found;
}

// Every rule of constraints_of<T> names a described member of T.
template <class T>
constexpr bool rules_name_members()
{
    return std::apply(
        [](auto const&... r) {
            return ((std::is_same<typename std::decay_t<decltype(r)>::class_type, T>::value &&
                     names_a_member<T>(r.member)) && ...);
        },
        constraints_of<T>::rules);
}

class walker
{
    std::vector<error>& out_;
    validate_options const& opts_;

public:
    walker(std::vector<error>& out, validate_options const& opts) : out_(out), opts_(opts) {}

    template <class T>
    void value(T const& v, path_link const& at)
    {
        if constexpr(std::is_arithmetic<T>::value || std::is_same<T, std::string>::value ||
                     std::is_same<T, timestamp>::value)
            return;  // constrained, if at all, by the rules of the struct holding it
        else if constexpr(is_open_enum<T>::value)
            enumeration(v, at);
        else if constexpr(is_optional<T>::value)
        {
            if(v)
                value(*v, at);
        }
        else if constexpr(is_vector<T>::value)
        {
            for(std::size_t i = 0; i < v.size(); ++i)
                value(v[i], path_link{&at, {}, i, true});
        }
        else if constexpr(is_tagged_union<T>::value)
            union_(v, at);
        else
        {
            static_assert(is_described_struct<T>::value, "validate: a type the validator does not know");
            object(v, at);
        }
    }

private:
    void report(path_link const& at, validation_errc code, std::string message)
    {
        out_.push_back(error{code, at.str(), 0, std::move(message)});
    }

    template <class T>
    void object(T const& v, path_link const& at)
    {
        static_assert(rules_name_members<T>(),
                      "constraints_of<T>: every rule names a described member of T");
        boost::mp11::mp_for_each<public_members<T>>([&](auto D) {
            path_link const here{&at, D.name};
            auto const& m = v.*D.pointer;
            if(rules_hold<T>(D.pointer, D.name, m, here))
                value(m, here);
        });
    }

    // Applies the rules of T that name `pointer`; false when a required
    // member is missing (nothing inside it is worth checking then).
    template <class T, class P, class M>
    bool rules_hold(P pointer, char const* name, M const& m, path_link const& at)
    {
        bool holds = true;
        std::apply(
            [&](auto const&... r) {
                auto one = [&](auto const& rule) {
                    if constexpr(std::is_same<decltype(rule.member), P>::value)
                        if(holds && rule.member == pointer)
                            holds = rule_holds(rule.constraints, name, m, at);
                };
                (one(r), ...);
                (void)one;  // a shape without rules expands the fold to nothing
            },
            constraints_of<T>::rules);
        return holds;
    }

    template <class... C, class M>
    bool rule_holds(std::tuple<C...> const& cs, char const* name, M const& m, path_link const& at)
    {
        constexpr bool is_required = (std::is_same<C, required>::value || ...);
        bool present = true;
        if constexpr(is_optional<M>::value)
            present = m.has_value();
        else
            present = counts_as_set(m);
        if(!present && is_required)
        {
            report(at, validation_errc::missing_required, missing_message(name));
            return false;
        }
        auto const report_here = [&](validation_errc code, std::string message) {
            report(at, code, std::move(message));
        };
        auto const check_all = [&](auto const& v) {
            std::apply([&](auto const&... c) { (check_constraint(c, v, report_here), ...); }, cs);
        };
        if constexpr(is_optional<M>::value)
        {
            if(present)
                check_all(*m);
        }
        else
            check_all(m);  // an empty string that is not required is a value like any other
        return true;
    }

    template <class E>
    void enumeration(open_enum<E> const& v, path_link const& at)
    {
        if(v.known() && v.str().empty())  // a cast outside the enumerators: never valid
            report(at, validation_errc::unknown_enum_value,
                   enum_message<E>(std::to_string(static_cast<long long>(*v.value()))));
        else if(!v.known() && opts_.strict)
            report(at, validation_errc::unknown_enum_value, enum_message<E>(message_quote(v.str())));
    }

    template <class U>
    void union_(U const& u, path_link const& at)
    {
        if(auto const* m = boost::variant2::get_if<unknown_member>(&u.value))
        {
            if(opts_.strict)
                report(at, validation_errc::unknown_union_member,
                       union_message<typename U::tag_enum>(m->tag));
            return;
        }
        path_link const here{&at, U::tag_name(u.value.index())};
        boost::variant2::visit(
            [&](auto const& a) {
                if constexpr(!std::is_same<std::decay_t<decltype(a)>, unknown_member>::value)
                    value(a, here);
            },
            u.value);
    }
};

} // namespace detail
} // namespace neptune_graph

#endif
