// Waiters as data: acceptors over an operation's result, evaluated in order to success, failure or retry.
#ifndef NEPTUNE_GRAPH_HTTP_WAITER_HPP
#define NEPTUNE_GRAPH_HTTP_WAITER_HPP

#include <neptune_graph/http/service_error.hpp>
#include <neptune_graph/model/open_enum.hpp>

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>

namespace neptune_graph {

/// Where a waiter stands after one attempt.
enum class waiter_state
{
    success,  ///< the resource reached the state waited for: stop
    failure,  ///< it never will (or the call failed): stop
    retry     ///< not yet: wait `delay` and call again, up to `max_attempts` calls
};

/** One acceptor of a waiter (waiters-2.json), on the string at the waiter's path.

    - `path_equals`: the value equals `values[0]`
      (`{"matcher": "path", "argument": "status", "expected": "FAILED"}`);
    - `path_none_of`: the value equals none of the non-empty `values`
      (`"argument": "status != 'A' && status != 'B'", "expected": true`);
    - `error_equals`: the call failed with the error named `values[0]`
      (`{"matcher": "error", "expected": "NotFoundException"}`).
*/
struct acceptor
{
    enum kind_t
    {
        path_equals,
        path_none_of,
        error_equals
    };

    kind_t kind;
    std::array<std::string_view, 2> values;
    waiter_state state;
};

namespace detail {

template <class M>
std::string_view waiter_path_text(M const& v) noexcept
{
    if constexpr(is_open_enum<M>::value)
        return v.str();
    else
    {
        static_assert(std::is_same<M, std::string>::value, "a waiter path is a string or an enum");
        return v;
    }
}

constexpr bool acceptor_matches(acceptor const& a, std::string_view value) noexcept
{
    if(a.kind == acceptor::path_equals)
        return value == a.values[0];
    for(std::string_view v : a.values)
        if(!v.empty() && value == v)
            return false;
    return true;
}

} // namespace detail

/** The state of `Waiter` after an attempt that gave `r`.

    `Waiter` names `operation` (its trait), `path` (a member pointer into the
    output) and `acceptors` (an array of `acceptor`). Acceptors are evaluated
    in order and the first that matches decides; an output no acceptor matches
    means retry. An error no acceptor matches means failure, as the Smithy
    waiter rules say: a throttled or failed call ends the wait, so run the
    call through your retry policy before handing its result here.
*/
template <class Waiter>
waiter_state evaluate(operation_result<typename Waiter::operation> const& r)
{
    if(!r)
    {
        auto const e = r.error();  // result::error() returns a copy
        std::string_view name = e.name();
        for(acceptor const& a : Waiter::acceptors)
            if(a.kind == acceptor::error_equals && !name.empty() && name == a.values[0])
                return a.state;
        return waiter_state::failure;
    }
    std::string_view value = detail::waiter_path_text((*r).*Waiter::path);
    for(acceptor const& a : Waiter::acceptors)
        if(a.kind != acceptor::error_equals && detail::acceptor_matches(a, value))
            return a.state;
    return waiter_state::retry;
}

} // namespace neptune_graph

#endif
