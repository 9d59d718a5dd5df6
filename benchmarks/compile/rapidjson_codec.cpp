// Compile cost: the RapidJSON peer (benchmarks/peers/rapidjson_codec.hpp),
// decode + encode of GetImportTaskOutput and ListImportTasksOutput.
#include "../peers/rapidjson_codec.hpp"

#include <string>
#include <string_view>

namespace {

template <class T>
std::string roundtrip(std::string_view text)
{
    T v;
    if(!peers::rapidjson_codec::decode(text, v))
        return {};
    rapidjson::StringBuffer buf;
    peers::rapidjson_codec::writer w(buf);
    peers::rapidjson_codec::encode(buf, w, v);
    return std::string(buf.GetString(), buf.GetSize());
}

} // namespace

std::string compile_cost_get(std::string_view text)
{
    return roundtrip<neptune_graph::GetImportTaskOutput>(text);
}

std::string compile_cost_list(std::string_view text)
{
    return roundtrip<neptune_graph::ListImportTasksOutput>(text);
}
