// Where each input member travels in the request: a URI label or a query parameter, declared as data.
#ifndef NEPTUNE_GRAPH_HTTP_BINDING_HPP
#define NEPTUNE_GRAPH_HTTP_BINDING_HPP

#include <neptune_graph/model/detail/traits.hpp>

#include <boost/describe/members.hpp>
#include <boost/describe/modifiers.hpp>
#include <boost/mp11/algorithm.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <tuple>
#include <type_traits>

namespace neptune_graph {

/// The member `member` is the URI label `{name}` of the operation's URI (Smithy `@httpLabel`).
template <class T, class M>
struct label_binding
{
    M T::*member;
    std::string_view name;
};

/// The member `member` is the query parameter `name` (Smithy `@httpQuery`).
template <class T, class M>
struct query_binding
{
    M T::*member;
    std::string_view name;
};

/// Binds `member` to the URI label `{name}`.
template <class T, class M>
constexpr label_binding<T, M> http_label(M T::*member, std::string_view name) noexcept
{
    return {member, name};
}

/// Binds `member` to the query parameter `name`.
template <class T, class M>
constexpr query_binding<T, M> http_query(M T::*member, std::string_view name) noexcept
{
    return {member, name};
}

/** The HTTP bindings of the input shape `T`: a tuple of `http_label` and
    `http_query`, specialized beside the operations. Members without a
    binding travel in the JSON body (`body_members<T>()`); the primary
    template binds nothing, so every member is in the body.

    @code
    template <> struct http_bindings<ListItemsInput>
    {
        static constexpr auto value = std::make_tuple(
            http_query(&ListItemsInput::nextToken, "nextToken"),
            http_query(&ListItemsInput::maxResults, "maxResults"));
    };
    @endcode
*/
template <class T>
struct http_bindings
{
    static constexpr std::tuple<> value{};
};

namespace detail {

template <class B> struct is_label_binding : std::false_type {};
template <class T, class M> struct is_label_binding<label_binding<T, M>> : std::true_type {};
template <class B> struct is_query_binding : std::false_type {};
template <class T, class M> struct is_query_binding<query_binding<T, M>> : std::true_type {};

template <class T>
constexpr auto const& bindings_of() noexcept
{
    return http_bindings<T>::value;
}

// Calls f(binding) for each binding of T, in declaration order.
template <class T, class F>
constexpr void for_each_binding(F&& f)
{
    std::apply([&](auto const&... b) { (f(b), ...); }, bindings_of<T>());
}

// The described name of the member `m` of T ("" if T does not describe it).
template <class T, class M>
std::string_view member_name(M T::*m) noexcept
{
    std::string_view name;
    boost::mp11::mp_for_each<public_members<T>>(
        [&](auto D) {
            if constexpr(std::is_same<std::remove_const_t<decltype(D.pointer)>, M T::*>::value)
                if(D.pointer == m)
                    name = D.name;
        });
    return name;
}

// The checks below run at compile time so a binding that disagrees with its
// URI template is a build error, not a request that silently goes wrong.

// Does `uri` hold the label `{name}`?
constexpr bool uri_has_label(std::string_view uri, std::string_view name) noexcept
{
    for(std::size_t i = 0; i < uri.size(); ++i)
        if(uri[i] == '{')
        {
            std::size_t j = uri.find('}', i);
            if(j == std::string_view::npos)
                return false;
            if(uri.substr(i + 1, j - i - 1) == name)
                return true;
            i = j;
        }
    return false;
}

constexpr std::size_t uri_label_count(std::string_view uri) noexcept
{
    std::size_t n = 0;
    for(char c : uri)
        n += c == '{';
    return n;
}

// Labels are whole path segments (`/a/{x}/b`), as this binder matches them.
constexpr bool uri_is_well_formed(std::string_view uri) noexcept
{
    if(uri.empty() || uri[0] != '/' || uri.find('?') != std::string_view::npos)
        return false;
    for(std::size_t i = 0; i < uri.size(); ++i)
        if(uri[i] == '{')
        {
            std::size_t j = uri.find('}', i);
            if(j == std::string_view::npos || j == i + 1 || uri[i - 1] != '/' ||
               (j + 1 < uri.size() && uri[j + 1] != '/'))
                return false;
            i = j;
        }
        else if(uri[i] == '}')
            return false;
    return true;
}

template <class Op>
constexpr bool bindings_match_uri() noexcept
{
    using input = typename Op::input;
    constexpr std::string_view uri = Op::uri;
    if(!uri_is_well_formed(uri))
        return false;
    bool ok = true;
    std::size_t labels = 0;
    for_each_binding<input>([&](auto const& b) {
        using B = std::decay_t<decltype(b)>;
        if constexpr(is_label_binding<B>::value)
        {
            ++labels;
            ok = ok && uri_has_label(uri, b.name);
        }
    });
    return ok && labels == uri_label_count(uri);
}

// True when the member `D` of T has a label or query binding.
template <class T, class D>
constexpr bool is_bound() noexcept
{
    bool bound = false;
    for_each_binding<T>([&](auto const& b) {
        if constexpr(std::is_same<std::remove_const_t<decltype(D::pointer)>,
                                  std::remove_const_t<decltype(b.member)>>::value)
            bound = bound || b.member == D::pointer;
    });
    return bound;
}

template <class T, template <class...> class L, class... D>
constexpr std::uint64_t unbound_members(L<D...>) noexcept
{
    std::uint64_t mask = 0;
    std::uint64_t bit = 1;
    ((mask |= is_bound<T, D>() ? 0 : bit, bit <<= 1), ...);
    return mask;
}

template <class T>
constexpr std::size_t binding_count() noexcept
{
    return std::tuple_size<std::decay_t<decltype(bindings_of<T>())>>::value;
}

template <class T>
constexpr std::size_t bound_member_count() noexcept
{
    std::size_t n = 0;
    boost::mp11::mp_for_each<public_members<T>>([&](auto D) {
        n += is_bound<T, decltype(D)>() ? 1 : 0;
    });
    return n;
}

template <class Op>
constexpr void check_operation() noexcept
{
    using input = typename Op::input;
    static_assert(bindings_match_uri<Op>(),
                  "http_bindings: every {label} of Op::uri needs one http_label of the same name, "
                  "each label a whole path segment");
    static_assert(bound_member_count<input>() == binding_count<input>(),
                  "http_bindings: each binding names its own described member of the input");
    static_assert(Op::success_status >= 200 && Op::success_status < 300,
                  "an operation's success_status is a 2xx status");
}

} // namespace detail

/** The members of `T` that travel in the request body: those without a label
    or query binding, as a mask (bit `i` for the `i`-th member Describe
    lists). An input with none sends no body. */
template <class T>
constexpr std::uint64_t body_members() noexcept
{
    return detail::unbound_members<T>(detail::public_members<T>());
}

} // namespace neptune_graph

#endif
