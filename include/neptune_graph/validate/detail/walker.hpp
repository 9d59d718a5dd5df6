// The generic walk of validate(): any described struct, union, optional, list or map.
#ifndef NEPTUNE_GRAPH_VALIDATE_DETAIL_WALKER_HPP
#define NEPTUNE_GRAPH_VALIDATE_DETAIL_WALKER_HPP

#include <neptune_graph/detail/path.hpp>
#include <neptune_graph/model/equality.hpp>
#include <neptune_graph/model/leaf.hpp>
#include <neptune_graph/model/tagged_union.hpp>
#include <neptune_graph/validate/constraint.hpp>
#include <neptune_graph/validate/detail/checks.hpp>
#include <neptune_graph/validate/error.hpp>
#include <neptune_graph/validate/options.hpp>
#include <neptune_graph/validate/violation.hpp>

#include <boost/describe/bases.hpp>
#include <boost/describe/modifiers.hpp>
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
    boost::mp11::mp_for_each<own_members<T>>([&](auto D) {
        if constexpr(std::is_same<std::decay_t<decltype(D.pointer)>, P>::value)
            found = found || D.pointer == p;
    });
    return found;
}

// Every rule of constraints_of<T> names a member T itself declares.
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
    std::vector<violation>& out_;
    validate_options const& opts_;

public:
    walker(std::vector<violation>& out, validate_options const& opts) : out_(out), opts_(opts) {}

    template <class T>
    void value(T const& v, path_link const& at)
    {
        if constexpr(is_leaf<T>)
        {
            // Constrained, if at all, by the rules of the struct holding it;
            // an enumeration is also held to its value set.
            if constexpr(leaf_traits<T>::kind == leaf_kind::enumeration)
                enumeration(v, at);
        }
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
        else if constexpr(is_map<T>::value)
        {
            for(auto const& [k, x] : v)
                value(x, entry_link(at, k));
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
    void report(path_link const& at, violation v)
    {
        v.path = at.str();
        v.member = member_of(at);
        out_.push_back(std::move(v));
    }

    // The member a path ends in: its last key, above any list index or map key.
    static std::string_view member_of(path_link const& at) noexcept
    {
        path_link const* p = &at;
        while(p && (p->is_index || p->is_map_key))
            p = p->parent;
        return p ? p->key : std::string_view();
    }

    template <class T>
    void object(T const& v, path_link const& at)
    {
        static_assert(rules_name_members<T>(),
                      "constraints_of<T>: every rule names a member T itself declares");
        // A described base is checked by its own rules, at the same path.
        boost::mp11::mp_for_each<boost::describe::describe_bases<T, boost::describe::mod_public>>([&](auto B) {
            object(static_cast<typename decltype(B)::type const&>(v), at);
        });
        boost::mp11::mp_for_each<own_members<T>>([&](auto D) {
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
    bool rule_holds(std::tuple<C...> const& cs, char const*, M const& m, path_link const& at)
    {
        // Required means present: a plain member always is (an empty string
        // is a value like any other); presence on the wire is what a strict
        // decode checks. An optional member is present when it holds a value.
        constexpr bool is_required = (std::is_same<C, required>::value || ...);
        if constexpr(is_optional<M>::value)
        {
            if(!m)
            {
                if(is_required)
                {
                    violation v;
                    v.code = validation_errc::missing_required;
                    report(at, std::move(v));
                }
                return false;
            }
        }
        auto const& value = [&]() -> auto const& {
            if constexpr(is_optional<M>::value)
                return *m;
            else
                return m;
        }();
        std::apply([&](auto const&... c) { (constrain(c, value, at), ...); }, cs);
        return true;
    }

    // One constraint on the value `v` at `at`; each_key and each_value apply
    // theirs to every entry, at the entry's path.
    template <class C, class V>
    void constrain(C const& c, V const& v, path_link const& at)
    {
        if constexpr(is_optional<V>::value)  // an entry or element that holds nothing
        {
            if(v)
                constrain(c, *v, at);
        }
        else if constexpr(is_each_key<C>::value)
        {
            static_assert(is_map<V>::value, "each_key constrains a map member (std::map<std::string, V>)");
            if constexpr(is_map<V>::value)
                for(auto const& entry : v)
                    constrain_each(c.constraints, entry.first, entry_link(at, entry.first));
        }
        else if constexpr(is_each_value<C>::value)
        {
            static_assert(is_map<V>::value || is_vector<V>::value,
                          "each_value constrains a map member or a list member");
            if constexpr(is_map<V>::value)
            {
                for(auto const& [k, x] : v)
                    constrain_each(c.constraints, x, entry_link(at, k));
            }
            else if constexpr(is_vector<V>::value)
            {
                for(std::size_t i = 0; i < v.size(); ++i)
                    constrain_each(c.constraints, v[i], path_link{&at, {}, i, true});
            }
        }
        else
            check_constraint(c, v, [&](violation x) { report(at, std::move(x)); });
    }

    template <class... C, class V>
    void constrain_each(std::tuple<C...> const& cs, V const& v, path_link const& at)
    {
        std::apply([&](auto const&... c) { (constrain(c, v, at), ...); }, cs);
    }

    template <class T>
    void enumeration(T const& v, path_link const& at)
    {
        using traits = leaf_traits<T>;
        std::string_view const text = traits::text(v);
        bool const cast = traits::known(v) && text.empty();  // outside the enumerators: never valid
        if(!cast && (traits::known(v) || !opts_.strict))
            return;
        violation x;
        x.code = validation_errc::unknown_enum_value;
        if constexpr(is_open_enum<T>::value)
            if(cast)
            {
                x.form = value_form::number;
                x.value = std::to_string(static_cast<long long>(*v.value()));
            }
        if(!cast)
        {
            x.form = value_form::text;
            x.value.assign(text.data(), text.size());
        }
        x.bound = traits::names();
        report(at, std::move(x));
    }

    template <class U>
    void union_(U const& u, path_link const& at)
    {
        if(auto const* m = boost::variant2::get_if<unknown_member>(&u.value))
        {
            if(opts_.strict)
            {
                violation x;
                x.code = validation_errc::unknown_union_member;
                x.form = value_form::text;
                x.value = m->tag;
                x.bound = leaf_traits<open_enum<typename U::tag_enum>>::names();
                report(at, std::move(x));
            }
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
