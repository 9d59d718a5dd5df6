// validate(): every constraint violation in a model value, each with its path.
#ifndef NEPTUNE_GRAPH_VALIDATE_VALIDATE_HPP
#define NEPTUNE_GRAPH_VALIDATE_VALIDATE_HPP

#include <neptune_graph/detail/path.hpp>
#include <neptune_graph/validate/constraint.hpp>
#include <neptune_graph/validate/detail/walker.hpp>
#include <neptune_graph/validate/error.hpp>
#include <neptune_graph/validate/fwd.hpp>
#include <neptune_graph/validate/options.hpp>
#include <neptune_graph/validate/violation.hpp>

#include <vector>

namespace neptune_graph {

// Declared, and documented, in validate/fwd.hpp.
template <class T>
std::vector<violation> validate(T const& x, validate_options const& opts)
{
    std::vector<violation> violations;
    detail::walker(violations, opts).value(x, detail::path_link{});
    return violations;
}

} // namespace neptune_graph

#endif
