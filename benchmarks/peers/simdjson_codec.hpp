// simdjson On-Demand peer: hand-written extraction into the model types that is
// correct for any key order: every object is iterated field by field
// (`for(auto field : obj)`) with a dispatch on `field.unescaped_key()`; keys
// the model does not have are left unread, which On-Demand skips. Errors are
// error codes (simdjson's exception-free style).
//
// The input is a simdjson::padded_string the caller builds once; the parser is
// reused across documents, as simdjson's documentation recommends. Vectors are
// not reserved: count_elements() is "a last resort" in simdjson's own words
// (it scans the array twice).
//
// Build note: without -march flags the On-Demand code inlined here is
// simdjson's "fallback" kernel; stage 1 (structural indexing) still runs the
// best kernel of the CPU, chosen at runtime inside libsimdjson.
//
// simdjson 3.0 has no document::at_end(), so trailing content after the root
// object is not detected here (the other decoders refuse it).
#ifndef NEPTUNE_GRAPH_BENCH_PEERS_SIMDJSON_CODEC_HPP
#define NEPTUNE_GRAPH_BENCH_PEERS_SIMDJSON_CODEC_HPP

#include "epoch_seconds.hpp"

#include <neptune_graph/model.hpp>

#include <simdjson.h>

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace peers {
namespace simdjson_codec {

namespace ng = neptune_graph;
namespace od = simdjson::ondemand;
using simdjson::error_code;

#define NG_BENCH_SJ_TRY(expr)                                                                      \
    do                                                                                             \
    {                                                                                              \
        if(error_code e_ = (expr); e_ != simdjson::SUCCESS)                                        \
            return e_;                                                                             \
    } while(0)

// Declared first: the templates below find these by ordinary lookup.
inline error_code read(od::value& jv, ng::NeptuneImportOptions& o);
inline error_code read(od::value& jv, ng::ImportOptions& u);
inline error_code read(od::value& jv, ng::ImportTaskDetails& d);
inline error_code read(od::value& jv, std::vector<ng::ImportTaskSummary>& out);

inline error_code read(od::value& v, std::string& out)
{
    std::string_view s;
    NG_BENCH_SJ_TRY(v.get_string().get(s));
    out.assign(s.data(), s.size());
    return simdjson::SUCCESS;
}

inline error_code read(od::value& v, bool& out) { return v.get_bool().get(out); }

inline error_code read(od::value& v, std::int64_t& out) { return v.get_int64().get(out); }

inline error_code read(od::value& v, std::int32_t& out)
{
    std::int64_t i = 0;
    NG_BENCH_SJ_TRY(v.get_int64().get(i));
    if(i < std::numeric_limits<std::int32_t>::min() || i > std::numeric_limits<std::int32_t>::max())
        return simdjson::NUMBER_OUT_OF_RANGE;
    out = static_cast<std::int32_t>(i);
    return simdjson::SUCCESS;
}

// Exact, as neptune_graph reads it: the number's own text, not a double.
inline error_code read(od::value& v, ng::timestamp& out)
{
    std::string_view raw = v.raw_json_token();
    if(raw.empty() || (raw[0] != '-' && (raw[0] < '0' || raw[0] > '9')))
        return simdjson::INCORRECT_TYPE;
    if(!parse_epoch_seconds(raw, out.microseconds))
        return simdjson::NUMBER_ERROR;
    return simdjson::SUCCESS;
}

template <class E>
error_code read(od::value& v, ng::open_enum<E>& out)
{
    std::string_view s;
    NG_BENCH_SJ_TRY(v.get_string().get(s));
    out = ng::open_enum<E>::from_string(s);
    return simdjson::SUCCESS;
}

template <class T>
error_code read(od::value& v, std::optional<T>& out)
{
    return read(v, out.emplace());
}

template <class T> void reset(T&) {}
template <class T> void reset(std::optional<T>& o) { o.reset(); }

// A member's value; null is absence. The type is only looked at again when
// the value is not what the member wants (a failed get_* does not consume it).
template <class T>
error_code member(od::value& v, T& out)
{
    error_code e = read(v, out);
    if(e != simdjson::INCORRECT_TYPE)
        return e;
    bool null = false;
    if(v.is_null().get(null) == simdjson::SUCCESS && null)
    {
        reset(out);
        return simdjson::SUCCESS;
    }
    return e;
}

// The raw JSON text of `v` (for an unknown union member).
inline error_code raw_json(od::value& v, std::string_view& out)
{
    od::json_type t;
    NG_BENCH_SJ_TRY(v.type().get(t));
    if(t == od::json_type::object)
    {
        od::object o;
        NG_BENCH_SJ_TRY(v.get_object().get(o));
        return o.raw_json().get(out);
    }
    if(t == od::json_type::array)
    {
        od::array a;
        NG_BENCH_SJ_TRY(v.get_array().get(a));
        return a.raw_json().get(out);
    }
    out = v.raw_json_token();
    while(!out.empty() && (out.back() == ' ' || out.back() == '\n' || out.back() == '\r' ||
                           out.back() == '\t'))
        out.remove_suffix(1);
    return simdjson::SUCCESS;
}

// ---- structures: one loop over the fields, a dispatch on the key -------------

// Calls `f(key, value)` for each field of `obj`, in document order.
template <class F>
error_code for_each_field(od::object& obj, F&& f)
{
    for(auto field : obj)
    {
        std::string_view k;
        NG_BENCH_SJ_TRY(field.unescaped_key().get(k));
        od::value v;
        NG_BENCH_SJ_TRY(field.value().get(v));
        NG_BENCH_SJ_TRY(f(k, v));
    }
    return simdjson::SUCCESS;
}

inline error_code read(od::value& jv, ng::NeptuneImportOptions& o)
{
    od::object obj;
    NG_BENCH_SJ_TRY(jv.get_object().get(obj));
    return for_each_field(obj, [&](std::string_view k, od::value& v) {
        if(k == "s3ExportPath")
            return member(v, o.s3ExportPath);
        if(k == "s3ExportKmsKeyId")
            return member(v, o.s3ExportKmsKeyId);
        if(k == "preserveDefaultVertexLabels")
            return member(v, o.preserveDefaultVertexLabels);
        if(k == "preserveEdgeIds")
            return member(v, o.preserveEdgeIds);
        return simdjson::SUCCESS;  // unknown key: skipped
    });
}

inline error_code read(od::value& jv, ng::ImportOptions& u)
{
    od::object obj;
    NG_BENCH_SJ_TRY(jv.get_object().get(obj));
    bool set = false;
    for(auto field : obj)
    {
        std::string_view k;
        NG_BENCH_SJ_TRY(field.unescaped_key().get(k));
        od::value v;
        NG_BENCH_SJ_TRY(field.value().get(v));
        bool null = false;
        NG_BENCH_SJ_TRY(v.is_null().get(null));
        if(k == "__type" || null)
            continue;
        if(set)
            return simdjson::INCORRECT_TYPE;  // more than one member
        set = true;
        if(k == "neptune")
            NG_BENCH_SJ_TRY(read(v, u.value.emplace<0>()));
        else
        {
            std::string tag(k);
            std::string_view raw;
            NG_BENCH_SJ_TRY(raw_json(v, raw));
            u.value.emplace<ng::unknown_member>(ng::unknown_member{std::move(tag), std::string(raw)});
        }
    }
    return set ? simdjson::SUCCESS : simdjson::INCORRECT_TYPE;
}

inline error_code read(od::value& jv, ng::ImportTaskDetails& d)
{
    od::object obj;
    NG_BENCH_SJ_TRY(jv.get_object().get(obj));
    return for_each_field(obj, [&](std::string_view k, od::value& v) {
        if(k == "status")
            return member(v, d.status);
        if(k == "startTime")
            return member(v, d.startTime);
        if(k == "timeElapsedSeconds")
            return member(v, d.timeElapsedSeconds);
        if(k == "progressPercentage")
            return member(v, d.progressPercentage);
        if(k == "errorCount")
            return member(v, d.errorCount);
        if(k == "errorDetails")
            return member(v, d.errorDetails);
        if(k == "statementCount")
            return member(v, d.statementCount);
        if(k == "dictionaryEntryCount")
            return member(v, d.dictionaryEntryCount);
        return simdjson::SUCCESS;
    });
}

// The members ImportTaskSummary shares with GetImportTaskOutput; false when
// `k` is none of them (`e` is the member's result otherwise).
template <class T>
bool summary_member(std::string_view k, od::value& v, T& t, error_code& e)
{
    if(k == "graphId")
        e = member(v, t.graphId);
    else if(k == "taskId")
        e = member(v, t.taskId);
    else if(k == "source")
        e = member(v, t.source);
    else if(k == "format")
        e = member(v, t.format);
    else if(k == "parquetType")
        e = member(v, t.parquetType);
    else if(k == "roleArn")
        e = member(v, t.roleArn);
    else if(k == "status")
        e = member(v, t.status);
    else
        return false;
    return true;
}

inline error_code read(od::value& jv, ng::ImportTaskSummary& t)
{
    od::object obj;
    NG_BENCH_SJ_TRY(jv.get_object().get(obj));
    return for_each_field(obj, [&](std::string_view k, od::value& v) {
        error_code e = simdjson::SUCCESS;
        summary_member(k, v, t, e);
        return e;
    });
}

inline error_code fields(od::object& obj, ng::GetImportTaskOutput& t)
{
    return for_each_field(obj, [&](std::string_view k, od::value& v) {
        error_code e = simdjson::SUCCESS;
        if(summary_member(k, v, t, e))
            return e;
        if(k == "importOptions")
            return member(v, t.importOptions);
        if(k == "importTaskDetails")
            return member(v, t.importTaskDetails);
        if(k == "attemptNumber")
            return member(v, t.attemptNumber);
        if(k == "statusReason")
            return member(v, t.statusReason);
        return simdjson::SUCCESS;
    });
}

inline error_code read(od::value& jv, std::vector<ng::ImportTaskSummary>& out)
{
    od::array a;
    NG_BENCH_SJ_TRY(jv.get_array().get(a));
    for(auto element : a)
    {
        od::value v;
        NG_BENCH_SJ_TRY(element.get(v));
        error_code e = read(v, out.emplace_back());
        if(e == simdjson::INCORRECT_TYPE)
        {
            bool null = false;
            if(v.is_null().get(null) == simdjson::SUCCESS && null)  // lists are dense
            {
                out.pop_back();
                continue;
            }
        }
        NG_BENCH_SJ_TRY(e);
    }
    return simdjson::SUCCESS;
}

inline error_code fields(od::object& obj, ng::ListImportTasksOutput& out)
{
    return for_each_field(obj, [&](std::string_view k, od::value& v) {
        if(k == "tasks")
            return member(v, out.tasks);
        if(k == "nextToken")
            return member(v, out.nextToken);
        return simdjson::SUCCESS;
    });
}

/// Decodes `text` into `out` (a fresh `T`) with `parser`, reused across calls.
template <class T>
error_code decode(od::parser& parser, simdjson::padded_string const& text, T& out)
{
    od::document doc;
    NG_BENCH_SJ_TRY(parser.iterate(text).get(doc));
    od::object obj;
    NG_BENCH_SJ_TRY(doc.get_object().get(obj));
    return fields(obj, out);
}

#undef NG_BENCH_SJ_TRY

} // namespace simdjson_codec
} // namespace peers

#endif
