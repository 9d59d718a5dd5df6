// validate(), declared: what a translation unit needs to call it.
// validate/validate.hpp defines it; with NEPTUNE_GRAPH_SEPARATE_COMPILATION
// the umbrella <neptune_graph/validate.hpp> includes only this, and
// <neptune_graph/src.hpp> defines it for the service's shapes.
#ifndef NEPTUNE_GRAPH_VALIDATE_FWD_HPP
#define NEPTUNE_GRAPH_VALIDATE_FWD_HPP

#include <neptune_graph/validate/options.hpp>
#include <neptune_graph/validate/violation.hpp>

#include <vector>

namespace neptune_graph {

/** Every constraint `x` breaks, in model order.

    Walks `x` and everything in it (structs, unions, optionals, lists, maps) and
    applies `constraints_of<S>::rules` to each struct `S` it reaches. Each
    `violation` has its kind (a `validation_errc`), the path of the value
    (`$.items[3].id`), the value and the bound; its `message()` names both
    (`value 'x-12' does not match pattern x-[a-z0-9]{10}`).

    With `opts.strict`, enum values no enumerator names and union members the
    model does not know are violations too.

    A valid value costs no allocation: paths and messages are only written
    for violations, and patterns are matched on the stack.

    A service declares the rules of its shapes beside them; the umbrella
    <neptune_graph/validate.hpp> includes this library's.
*/
template <class T>
std::vector<violation> validate(T const& x, validate_options const& opts = {});

} // namespace neptune_graph

#endif
