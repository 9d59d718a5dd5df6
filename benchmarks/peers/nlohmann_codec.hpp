// nlohmann/json peer: json::parse, then hand-written extraction into the model
// types; encoding builds a json from the model and dump()s it. Written the way
// nlohmann's README shows: find() for members, get_to()/get_ref<>() for values.
#ifndef NEPTUNE_GRAPH_BENCH_PEERS_NLOHMANN_CODEC_HPP
#define NEPTUNE_GRAPH_BENCH_PEERS_NLOHMANN_CODEC_HPP

#include <neptune_graph/model.hpp>

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace peers {
namespace nlohmann_codec {

namespace ng = neptune_graph;
using json = nlohmann::json;

[[noreturn]] inline void fail(char const* what)
{
    throw std::runtime_error(what);
}

// ---- decode -----------------------------------------------------------------

// Declared first: the templates below find these by ordinary lookup.
inline void read(json const& j, ng::NeptuneImportOptions& o);
inline void read(json const& j, ng::ImportOptions& u);
inline void read(json const& j, ng::ImportTaskDetails& d);

inline void read(json const& j, std::string& out) { j.get_to(out); }  // throws unless a string
inline void read(json const& j, bool& out) { j.get_to(out); }

template <class Int>
void read_int(json const& j, Int& out)
{
    if(!j.is_number_integer())
        fail("expected an integer");
    std::int64_t v = j.get<std::int64_t>();
    if(j.is_number_unsigned() && j.get<std::uint64_t>() > std::uint64_t(std::numeric_limits<Int>::max()))
        fail("integer out of range");
    if(v < std::numeric_limits<Int>::min() || v > std::numeric_limits<Int>::max())
        fail("integer out of range");
    out = static_cast<Int>(v);
}
inline void read(json const& j, std::int32_t& out) { read_int(j, out); }
inline void read(json const& j, std::int64_t& out) { read_int(j, out); }

// nlohmann keeps a fraction only as a double, so this rounds the double. On
// epoch seconds with millisecond fractions (the service's, and the corpus's)
// the result is exact: the double is within 2.4e-7 s of the decimal value.
inline void read(json const& j, ng::timestamp& out)
{
    if(j.is_number_integer())
        out.microseconds = j.get<std::int64_t>() * 1000000;
    else if(j.is_number_float())
        out.microseconds = std::llround(j.get<double>() * 1e6);
    else
        fail("expected a number");
}

template <class E>
void read(json const& j, ng::open_enum<E>& out)
{
    out = ng::open_enum<E>::from_string(j.get_ref<std::string const&>());
}

template <class T>
void read(json const& j, std::optional<T>& out)
{
    if(j.is_null())
        out.reset();
    else
        read(j, out.emplace());
}

// A member: absent and null leave `out` as it is (absent).
template <class T>
void member(json const& obj, char const* key, T& out)
{
    auto it = obj.find(key);
    if(it != obj.end() && !it->is_null())
        read(*it, out);
}

inline void object(json const& j)
{
    if(!j.is_object())
        fail("expected an object");
}

inline void read(json const& j, ng::NeptuneImportOptions& o)
{
    object(j);
    member(j, "s3ExportPath", o.s3ExportPath);
    member(j, "s3ExportKmsKeyId", o.s3ExportKmsKeyId);
    member(j, "preserveDefaultVertexLabels", o.preserveDefaultVertexLabels);
    member(j, "preserveEdgeIds", o.preserveEdgeIds);
}

inline void read(json const& j, ng::ImportOptions& u)
{
    object(j);
    bool set = false;
    for(auto const& [key, value] : j.items())
    {
        if(key == "__type" || value.is_null())
            continue;
        if(set)
            fail("ImportOptions must have exactly one member set");
        set = true;
        if(key == "neptune")
            read(value, u.value.emplace<0>());
        else
            u.value.emplace<ng::unknown_member>(ng::unknown_member{key, value.dump()});
    }
    if(!set)
        fail("ImportOptions must have exactly one member set");
}

inline void read(json const& j, ng::ImportTaskDetails& d)
{
    object(j);
    member(j, "status", d.status);
    member(j, "startTime", d.startTime);
    member(j, "timeElapsedSeconds", d.timeElapsedSeconds);
    member(j, "progressPercentage", d.progressPercentage);
    member(j, "errorCount", d.errorCount);
    member(j, "errorDetails", d.errorDetails);
    member(j, "statementCount", d.statementCount);
    member(j, "dictionaryEntryCount", d.dictionaryEntryCount);
}

inline void read(json const& j, ng::ImportTaskSummary& t)
{
    object(j);
    member(j, "graphId", t.graphId);
    member(j, "taskId", t.taskId);
    member(j, "source", t.source);
    member(j, "format", t.format);
    member(j, "parquetType", t.parquetType);
    member(j, "roleArn", t.roleArn);
    member(j, "status", t.status);
}

inline void read(json const& j, ng::GetImportTaskOutput& t)
{
    object(j);
    member(j, "graphId", t.graphId);
    member(j, "taskId", t.taskId);
    member(j, "source", t.source);
    member(j, "format", t.format);
    member(j, "parquetType", t.parquetType);
    member(j, "roleArn", t.roleArn);
    member(j, "status", t.status);
    member(j, "importOptions", t.importOptions);
    member(j, "importTaskDetails", t.importTaskDetails);
    member(j, "attemptNumber", t.attemptNumber);
    member(j, "statusReason", t.statusReason);
}

inline void read(json const& j, ng::ListImportTasksOutput& out)
{
    object(j);
    auto it = j.find("tasks");
    if(it != j.end() && !it->is_null())
    {
        if(!it->is_array())
            fail("expected an array");
        out.tasks.reserve(it->size());
        for(json const& e : *it)
            if(!e.is_null())
                read(e, out.tasks.emplace_back());
    }
    member(j, "nextToken", out.nextToken);
}

/// Parses `text` and extracts a `T`; throws (nlohmann::json::exception, std::runtime_error) on error.
template <class T>
T decode(std::string_view text)
{
    json const j = json::parse(text.data(), text.data() + text.size());
    T out;
    read(j, out);
    return out;
}

// ---- encode -----------------------------------------------------------------

inline json to_json(std::string const& s) { return s; }
inline json to_json(bool b) { return b; }
inline json to_json(std::int32_t i) { return i; }
inline json to_json(std::int64_t i) { return i; }
// A double again (see read above): exact for millisecond fractions.
inline json to_json(ng::timestamp t)
{
    if(t.microseconds % 1000000 == 0)
        return t.microseconds / 1000000;
    return static_cast<double>(t.microseconds) / 1e6;
}
template <class E>
json to_json(ng::open_enum<E> const& e)
{
    return std::string(e.str());
}

inline json to_json(ng::NeptuneImportOptions const& o);
inline json to_json(ng::ImportOptions const& u);
inline json to_json(ng::ImportTaskDetails const& d);

template <class T>
void put(json& obj, char const* key, T const& v)
{
    obj[key] = to_json(v);
}
template <class T>
void put(json& obj, char const* key, std::optional<T> const& v)
{
    if(v)
        obj[key] = to_json(*v);
}

inline json to_json(ng::NeptuneImportOptions const& o)
{
    json j = json::object();
    put(j, "s3ExportPath", o.s3ExportPath);
    put(j, "s3ExportKmsKeyId", o.s3ExportKmsKeyId);
    put(j, "preserveDefaultVertexLabels", o.preserveDefaultVertexLabels);
    put(j, "preserveEdgeIds", o.preserveEdgeIds);
    return j;
}

inline json to_json(ng::ImportOptions const& u)
{
    json j = json::object();
    if(auto const* m = boost::variant2::get_if<ng::unknown_member>(&u.value))
        j[m->tag] = json::parse(m->json);
    else
        j["neptune"] = to_json(boost::variant2::get<0>(u.value));
    return j;
}

inline json to_json(ng::ImportTaskDetails const& d)
{
    json j = json::object();
    put(j, "status", d.status);
    put(j, "startTime", d.startTime);
    put(j, "timeElapsedSeconds", d.timeElapsedSeconds);
    put(j, "progressPercentage", d.progressPercentage);
    put(j, "errorCount", d.errorCount);
    put(j, "errorDetails", d.errorDetails);
    put(j, "statementCount", d.statementCount);
    put(j, "dictionaryEntryCount", d.dictionaryEntryCount);
    return j;
}

inline json to_json(ng::ImportTaskSummary const& t)
{
    json j = json::object();
    put(j, "graphId", t.graphId);
    put(j, "taskId", t.taskId);
    put(j, "source", t.source);
    put(j, "format", t.format);
    put(j, "parquetType", t.parquetType);
    put(j, "roleArn", t.roleArn);
    put(j, "status", t.status);
    return j;
}

inline json to_json(ng::GetImportTaskOutput const& t)
{
    json j = json::object();
    put(j, "graphId", t.graphId);
    put(j, "taskId", t.taskId);
    put(j, "source", t.source);
    put(j, "format", t.format);
    put(j, "parquetType", t.parquetType);
    put(j, "roleArn", t.roleArn);
    put(j, "status", t.status);
    put(j, "importOptions", t.importOptions);
    put(j, "importTaskDetails", t.importTaskDetails);
    put(j, "attemptNumber", t.attemptNumber);
    put(j, "statusReason", t.statusReason);
    return j;
}

inline json to_json(ng::ListImportTasksOutput const& out)
{
    json j = json::object();
    json tasks = json::array();
    tasks.get_ref<json::array_t&>().reserve(out.tasks.size());
    for(auto const& t : out.tasks)
        tasks.push_back(to_json(t));
    j["tasks"] = std::move(tasks);
    put(j, "nextToken", out.nextToken);
    return j;
}

/// The JSON text of `v` (nlohmann::json sorts keys: not model order).
template <class T>
std::string encode(T const& v)
{
    return to_json(v).dump();
}

} // namespace nlohmann_codec
} // namespace peers

#endif
