// validate(): every constraint violation in a model value, each with its path.
#ifndef NEPTUNE_GRAPH_VALIDATE_VALIDATE_HPP
#define NEPTUNE_GRAPH_VALIDATE_VALIDATE_HPP

#include <neptune_graph/error.hpp>
#include <neptune_graph/validate/constraint.hpp>
#include <neptune_graph/validate/detail/path.hpp>
#include <neptune_graph/validate/detail/walker.hpp>
#include <neptune_graph/validate/error.hpp>
#include <neptune_graph/validate/options.hpp>

#include <vector>

namespace neptune_graph {

/** Every constraint `x` breaks, in model order.

    Walks `x` and everything in it (structs, unions, optionals, lists) and
    applies `constraints_of<S>::rules` to each struct `S` it reaches. Each
    violation is an `error` with a `validation_errc` code, the path of the
    value (`$.items[3].id`) and a message that names the value and the
    constraint (`value 't-12' does not match pattern t-[a-z0-9]{10}`).

    With `opts.strict`, enum values no enumerator names and union members the
    model does not know are violations too.

    A valid value costs no allocation: paths and messages are only written
    for violations, and patterns are matched on the stack.

    The rules of the model's shapes are in <neptune_graph/service/constraints.hpp>;
    include <neptune_graph/validate.hpp> to have both.
*/
template <class T>
std::vector<error> validate(T const& x, validate_options const& opts = {})
{
    std::vector<error> violations;
    detail::walker(violations, opts).value(x, detail::path_link{});
    return violations;
}

} // namespace neptune_graph

#endif
