// Compile cost: the simdjson On-Demand peer (benchmarks/peers/simdjson_codec.hpp),
// decode of GetImportTaskOutput and ListImportTasksOutput. simdjson 3.0 has no
// writer for typed values and the peer has no encoder, so this row decodes only.
#include "../peers/simdjson_codec.hpp"

#include <string_view>

namespace {

template <class T>
bool decode(std::string_view text, T& out)
{
    simdjson::ondemand::parser parser;
    simdjson::padded_string padded(text);
    return peers::simdjson_codec::decode(parser, padded, out) == simdjson::SUCCESS;
}

} // namespace

bool compile_cost_get(std::string_view text, neptune_graph::GetImportTaskOutput& out)
{
    return decode(text, out);
}

bool compile_cost_list(std::string_view text, neptune_graph::ListImportTasksOutput& out)
{
    return decode(text, out);
}
