// The graphs: those the seed's tasks name, and those CreateGraphUsingImportTask creates.
#ifndef NEPTUNE_GRAPH_EXAMPLE_SERVER_GRAPH_STORE_HPP
#define NEPTUNE_GRAPH_EXAMPLE_SERVER_GRAPH_STORE_HPP

#include <neptune_graph/neptune_graph.hpp>

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>

namespace example {

namespace ng = neptune_graph;

struct graph
{
    std::string name;  // empty for a graph only the seed names
    ng::TagMap tags;
};

class graph_store
{
public:
    /// A graph a seeded task imports into: it exists, but it does not count against --max-graphs.
    void add_seeded(std::string const& id) { graphs_.emplace(id, graph{}); }

    void add_created(std::string id, graph g)
    {
        graphs_.emplace(std::move(id), std::move(g));
        ++created_;
    }

    bool contains(std::string const& id) const { return graphs_.count(id) != 0; }

    /// Graphs created through the API: what --max-graphs limits.
    std::size_t created() const noexcept { return created_; }

private:
    std::map<std::string, graph, std::less<>> graphs_;
    std::size_t created_ = 0;
};

} // namespace example

#endif
