// What a graph is created with, beside the data imported into it.
#ifndef NEPTUNE_GRAPH_SERVICE_GRAPH_OPTIONS_HPP
#define NEPTUNE_GRAPH_SERVICE_GRAPH_OPTIONS_HPP

#include <neptune_graph/model/detail/describe.hpp>
#include <neptune_graph/model/equality.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <map>
#include <string>

namespace neptune_graph {

NEPTUNE_GRAPH_DESCRIBE_BEGIN

/// Vector search on the graph's vertices.
struct VectorSearchConfiguration
{
    std::int32_t dimension = 0;  ///< Dimensions of the embeddings (1 to 65536).
};
BOOST_DESCRIBE_STRUCT(VectorSearchConfiguration, (), (dimension))

/// Tags of a resource: key to value (TagMap: up to 50 entries).
using TagMap = std::map<std::string, std::string>;

NEPTUNE_GRAPH_DESCRIBE_END

} // namespace neptune_graph

#endif
