// RapidJSON peer: Document::Parse, then hand-written extraction into the model
// types (MemberBegin..MemberEnd with a dispatch on the key, so any key order
// and unknown keys work; GetString/GetStringLength; vectors reserved from the
// array's Size()); encoding writes the model with a Writer<StringBuffer>,
// members in model order, absent optionals omitted.
//
// Parse uses kParseDefaultFlags, as RapidJSON's tutorial does: unlike Boost.JSON,
// simdjson and nlohmann it does not check that strings are valid UTF-8 then.
#ifndef NEPTUNE_GRAPH_BENCH_PEERS_RAPIDJSON_CODEC_HPP
#define NEPTUNE_GRAPH_BENCH_PEERS_RAPIDJSON_CODEC_HPP

#include "epoch_seconds.hpp"

#include <neptune_graph/model.hpp>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace peers {
namespace rapidjson_codec {

namespace ng = neptune_graph;
using rapidjson::Value;

// ---- decode -----------------------------------------------------------------

// Declared first: the templates below find these by ordinary lookup.
inline bool read(Value const& v, ng::NeptuneImportOptions& o);
inline bool read(Value const& v, ng::ImportOptions& u);
inline bool read(Value const& v, ng::ImportTaskDetails& d);
inline bool read(Value const& v, std::vector<ng::ImportTaskSummary>& out);

inline std::string_view key_of(Value const& name)
{
    return {name.GetString(), name.GetStringLength()};
}

inline bool read(Value const& v, std::string& out)
{
    if(!v.IsString())
        return false;
    out.assign(v.GetString(), v.GetStringLength());
    return true;
}

inline bool read(Value const& v, bool& out)
{
    if(!v.IsBool())
        return false;
    out = v.GetBool();
    return true;
}

inline bool read(Value const& v, std::int32_t& out)
{
    if(!v.IsInt())  // an integer that fits an int
        return false;
    out = v.GetInt();
    return true;
}

inline bool read(Value const& v, std::int64_t& out)
{
    if(!v.IsInt64())
        return false;
    out = v.GetInt64();
    return true;
}

// RapidJSON keeps a fraction only as a double, so this rounds the double. On
// epoch seconds with millisecond fractions (the service's, and the corpus's)
// the result is exact: the double is within 2.4e-7 s of the decimal value.
inline bool read(Value const& v, ng::timestamp& out)
{
    if(v.IsInt64())
        out.microseconds = v.GetInt64() * 1000000;
    else if(v.IsNumber())
        out.microseconds = std::llround(v.GetDouble() * 1e6);
    else
        return false;
    return true;
}

template <class E>
bool read(Value const& v, ng::open_enum<E>& out)
{
    if(!v.IsString())
        return false;
    out = ng::open_enum<E>::from_string(key_of(v));
    return true;
}

template <class T>
bool read(Value const& v, std::optional<T>& out)
{
    if(v.IsNull())
    {
        out.reset();
        return true;
    }
    return read(v, out.emplace());
}

// A member that is null stays absent (and a required one default).
template <class T>
bool member(Value const& v, T& out)
{
    return v.IsNull() || read(v, out);
}

inline bool read(Value const& v, ng::NeptuneImportOptions& o)
{
    if(!v.IsObject())
        return false;
    for(auto m = v.MemberBegin(); m != v.MemberEnd(); ++m)
    {
        std::string_view k = key_of(m->name);
        bool ok = true;
        if(k == "s3ExportPath")
            ok = member(m->value, o.s3ExportPath);
        else if(k == "s3ExportKmsKeyId")
            ok = member(m->value, o.s3ExportKmsKeyId);
        else if(k == "preserveDefaultVertexLabels")
            ok = member(m->value, o.preserveDefaultVertexLabels);
        else if(k == "preserveEdgeIds")
            ok = member(m->value, o.preserveEdgeIds);
        if(!ok)
            return false;
    }
    return true;
}

inline bool read(Value const& v, ng::ImportOptions& u)
{
    if(!v.IsObject())
        return false;
    bool set = false;
    for(auto m = v.MemberBegin(); m != v.MemberEnd(); ++m)
    {
        std::string_view k = key_of(m->name);
        if(k == "__type" || m->value.IsNull())
            continue;
        if(set)
            return false;  // more than one member
        set = true;
        if(k == "neptune")
        {
            if(!read(m->value, u.value.emplace<0>()))
                return false;
        }
        else
        {
            rapidjson::StringBuffer raw;
            rapidjson::Writer<rapidjson::StringBuffer> w(raw);
            m->value.Accept(w);
            u.value.emplace<ng::unknown_member>(
                ng::unknown_member{std::string(k), std::string(raw.GetString(), raw.GetSize())});
        }
    }
    return set;
}

inline bool read(Value const& v, ng::ImportTaskDetails& d)
{
    if(!v.IsObject())
        return false;
    for(auto m = v.MemberBegin(); m != v.MemberEnd(); ++m)
    {
        std::string_view k = key_of(m->name);
        bool ok = true;
        if(k == "status")
            ok = member(m->value, d.status);
        else if(k == "startTime")
            ok = member(m->value, d.startTime);
        else if(k == "timeElapsedSeconds")
            ok = member(m->value, d.timeElapsedSeconds);
        else if(k == "progressPercentage")
            ok = member(m->value, d.progressPercentage);
        else if(k == "errorCount")
            ok = member(m->value, d.errorCount);
        else if(k == "errorDetails")
            ok = member(m->value, d.errorDetails);
        else if(k == "statementCount")
            ok = member(m->value, d.statementCount);
        else if(k == "dictionaryEntryCount")
            ok = member(m->value, d.dictionaryEntryCount);
        if(!ok)
            return false;
    }
    return true;
}

// The members ImportTaskSummary shares with GetImportTaskOutput; false when
// `k` is none of them (`ok` tells whether the value was good).
template <class T>
bool summary_member(std::string_view k, Value const& v, T& t, bool& ok)
{
    if(k == "graphId")
        ok = member(v, t.graphId);
    else if(k == "taskId")
        ok = member(v, t.taskId);
    else if(k == "source")
        ok = member(v, t.source);
    else if(k == "format")
        ok = member(v, t.format);
    else if(k == "parquetType")
        ok = member(v, t.parquetType);
    else if(k == "roleArn")
        ok = member(v, t.roleArn);
    else if(k == "status")
        ok = member(v, t.status);
    else
        return false;
    return true;
}

inline bool read(Value const& v, ng::ImportTaskSummary& t)
{
    if(!v.IsObject())
        return false;
    for(auto m = v.MemberBegin(); m != v.MemberEnd(); ++m)
    {
        bool ok = true;
        summary_member(key_of(m->name), m->value, t, ok);  // unknown keys: skipped
        if(!ok)
            return false;
    }
    return true;
}

inline bool read(Value const& v, ng::GetImportTaskOutput& t)
{
    if(!v.IsObject())
        return false;
    for(auto m = v.MemberBegin(); m != v.MemberEnd(); ++m)
    {
        std::string_view k = key_of(m->name);
        bool ok = true;
        if(summary_member(k, m->value, t, ok))
            ;
        else if(k == "importOptions")
            ok = member(m->value, t.importOptions);
        else if(k == "importTaskDetails")
            ok = member(m->value, t.importTaskDetails);
        else if(k == "attemptNumber")
            ok = member(m->value, t.attemptNumber);
        else if(k == "statusReason")
            ok = member(m->value, t.statusReason);
        if(!ok)
            return false;
    }
    return true;
}

inline bool read(Value const& v, std::vector<ng::ImportTaskSummary>& out)
{
    if(!v.IsArray())
        return false;
    out.reserve(v.Size());
    for(auto e = v.Begin(); e != v.End(); ++e)
        if(!e->IsNull() && !read(*e, out.emplace_back()))
            return false;
    return true;
}

inline bool read(Value const& v, ng::ListImportTasksOutput& out)
{
    if(!v.IsObject())
        return false;
    for(auto m = v.MemberBegin(); m != v.MemberEnd(); ++m)
    {
        std::string_view k = key_of(m->name);
        bool ok = true;
        if(k == "tasks")
            ok = member(m->value, out.tasks);
        else if(k == "nextToken")
            ok = member(m->value, out.nextToken);
        if(!ok)
            return false;
    }
    return true;
}

/// Parses `text` into `out` (a fresh `T`); false on any error.
template <class T>
bool decode(std::string_view text, T& out)
{
    rapidjson::Document doc;
    doc.Parse(text.data(), text.size());
    if(doc.HasParseError())
        return false;
    return read(doc, out);
}

// ---- encode -----------------------------------------------------------------

using writer = rapidjson::Writer<rapidjson::StringBuffer>;

template <std::size_t N>
void key(writer& w, char const (&k)[N])
{
    w.Key(k, N - 1);
}

inline void write(writer& w, std::string const& s)
{
    w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}
inline void write(writer& w, bool b) { w.Bool(b); }
inline void write(writer& w, std::int32_t i) { w.Int(i); }
inline void write(writer& w, std::int64_t i) { w.Int64(i); }
// Exact: the same decimal text neptune_graph writes, as a raw number token.
inline void write(writer& w, ng::timestamp t)
{
    char buf[32];
    w.RawValue(buf, format_epoch_seconds(t.microseconds, buf), rapidjson::kNumberType);
}
template <class E>
void write(writer& w, ng::open_enum<E> const& e)
{
    std::string_view s = e.str();
    w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

inline void write(writer& w, ng::NeptuneImportOptions const& o);
inline void write(writer& w, ng::ImportOptions const& u);
inline void write(writer& w, ng::ImportTaskDetails const& d);

template <class T, std::size_t N>
void put(writer& w, char const (&k)[N], T const& v)
{
    key(w, k);
    write(w, v);
}
template <class T, std::size_t N>
void put(writer& w, char const (&k)[N], std::optional<T> const& v)
{
    if(v)
        put(w, k, *v);
}

inline void write(writer& w, ng::NeptuneImportOptions const& o)
{
    w.StartObject();
    put(w, "s3ExportPath", o.s3ExportPath);
    put(w, "s3ExportKmsKeyId", o.s3ExportKmsKeyId);
    put(w, "preserveDefaultVertexLabels", o.preserveDefaultVertexLabels);
    put(w, "preserveEdgeIds", o.preserveEdgeIds);
    w.EndObject();
}

inline void write(writer& w, ng::ImportOptions const& u)
{
    w.StartObject();
    if(auto const* m = boost::variant2::get_if<ng::unknown_member>(&u.value))
    {
        w.Key(m->tag.data(), static_cast<rapidjson::SizeType>(m->tag.size()));
        w.RawValue(m->json.data(), m->json.size(), rapidjson::kObjectType);
    }
    else
        put(w, "neptune", boost::variant2::get<0>(u.value));
    w.EndObject();
}

inline void write(writer& w, ng::ImportTaskDetails const& d)
{
    w.StartObject();
    put(w, "status", d.status);
    put(w, "startTime", d.startTime);
    put(w, "timeElapsedSeconds", d.timeElapsedSeconds);
    put(w, "progressPercentage", d.progressPercentage);
    put(w, "errorCount", d.errorCount);
    put(w, "errorDetails", d.errorDetails);
    put(w, "statementCount", d.statementCount);
    put(w, "dictionaryEntryCount", d.dictionaryEntryCount);
    w.EndObject();
}

inline void write(writer& w, ng::ImportTaskSummary const& t)
{
    w.StartObject();
    put(w, "graphId", t.graphId);
    put(w, "taskId", t.taskId);
    put(w, "source", t.source);
    put(w, "format", t.format);
    put(w, "parquetType", t.parquetType);
    put(w, "roleArn", t.roleArn);
    put(w, "status", t.status);
    w.EndObject();
}

inline void write(writer& w, ng::GetImportTaskOutput const& t)
{
    w.StartObject();
    put(w, "graphId", t.graphId);
    put(w, "taskId", t.taskId);
    put(w, "source", t.source);
    put(w, "format", t.format);
    put(w, "parquetType", t.parquetType);
    put(w, "roleArn", t.roleArn);
    put(w, "status", t.status);
    put(w, "importOptions", t.importOptions);
    put(w, "importTaskDetails", t.importTaskDetails);
    put(w, "attemptNumber", t.attemptNumber);
    put(w, "statusReason", t.statusReason);
    w.EndObject();
}

inline void write(writer& w, ng::ListImportTasksOutput const& out)
{
    w.StartObject();
    key(w, "tasks");
    w.StartArray();
    for(auto const& t : out.tasks)
        write(w, t);
    w.EndArray();
    put(w, "nextToken", out.nextToken);
    w.EndObject();
}

/// Writes `v` into `buf` (cleared first) through `w`, which is reset onto it:
/// both are reused across calls, as encode_to reuses its std::string.
template <class T>
void encode(rapidjson::StringBuffer& buf, writer& w, T const& v)
{
    buf.Clear();
    w.Reset(buf);
    write(w, v);
}

} // namespace rapidjson_codec
} // namespace peers

#endif
