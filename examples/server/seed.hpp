// The seed file: import tasks to serve from the start, read with the library's own decoder.
#ifndef NEPTUNE_GRAPH_EXAMPLE_SERVER_SEED_HPP
#define NEPTUNE_GRAPH_EXAMPLE_SERVER_SEED_HPP

#include <neptune_graph/json/decode.hpp>
#include <neptune_graph/neptune_graph.hpp>
#include <neptune_graph/service/constraints.hpp>
#include <neptune_graph/validate.hpp>
#include <neptune_graph/validate/validate.hpp>

#include <boost/describe/class.hpp>

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace example {

namespace ng = neptune_graph;

/// The seed file: `{"tasks": [GetImportTaskOutput, ...]}`.
struct seed_file
{
    std::vector<ng::GetImportTaskOutput> tasks;
};
BOOST_DESCRIBE_STRUCT(seed_file, (), (tasks))

/** Reads a seed file's text: strictly (every required member present, every
    enum value known), then checked against the model's constraints (ids,
    role ARNs, lengths) and for duplicate task ids. An `importOptions` member
    the model does not know is kept as it is: serving it is the point. */
inline ng::result<std::vector<ng::GetImportTaskOutput>> read_seed(std::string_view text)
{
    ng::decode_options strict;
    strict.strict = true;
    auto seed = ng::decode<seed_file>(text, strict);
    if(!seed)
        return seed.error();
    std::vector<ng::violation> violations = ng::validate(*seed);
    if(!violations.empty())
    {
        ng::violation const& v = violations.front();
        return ng::error{v.code, v.path, 0, v.message()};
    }
    std::map<std::string_view, std::size_t> seen;
    for(std::size_t i = 0; i < seed->tasks.size(); ++i)
        if(!seen.emplace(seed->tasks[i].taskId, i).second)
        {
            ng::error e;
            e.code = ng::errc::invalid_value;
            e.path = "$.tasks[" + std::to_string(i) + "].taskId";
            e.message = "task id '" + seed->tasks[i].taskId + "' is used twice";
            return e;
        }
    return std::move(seed->tasks);
}

} // namespace example

#endif
