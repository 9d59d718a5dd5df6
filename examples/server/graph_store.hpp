// The graphs: those the seed's tasks name, and those CreateGraphUsingImportTask creates.
#ifndef NEPTUNE_GRAPH_EXAMPLE_SERVER_GRAPH_STORE_HPP
#define NEPTUNE_GRAPH_EXAMPLE_SERVER_GRAPH_STORE_HPP

#include <neptune_graph/neptune_graph.hpp>

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <set>
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
        created_ids_.insert(id);
        graphs_.emplace(std::move(id), std::move(g));
        ++created_;
    }

    bool contains(std::string const& id) const { return graphs_.count(id) != 0; }

    /// Whether the graph was created through the API (not only named by the seed).
    bool is_created(std::string const& id) const { return created_ids_.count(id) != 0; }

    /// The created graphs, in id order: what the state file keeps.
    template <class F>
    void for_each_created(F f) const
    {
        for(auto const& id : created_ids_)
            f(id, graphs_.at(id));
    }

    /// Graphs created through the API: what --max-graphs limits.
    std::size_t created() const noexcept { return created_; }

private:
    std::map<std::string, graph, std::less<>> graphs_;
    std::set<std::string, std::less<>> created_ids_;
    std::size_t created_ = 0;
};

} // namespace example

#endif
