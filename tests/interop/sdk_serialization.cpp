// The C++ half of the test sdk_serialization (tests/interop/sdk_serialization.sh):
// the library's REST-JSON binding of the import/export operations against what
// the real AWS SDK for JavaScript v3 sends and reads, with no network at all.
//
//   sdk_serialization requests FILE    checks the requests sdk_requests.mjs captured
//   sdk_serialization responses FILE   writes the responses sdk_responses.mjs reads
//
// requests: for each request the SDK built from an input,
//   (a) route<operations>(method, target, body) picks the operation and reads an
//       input equal to the one the SDK was given (decoded from its JSON), or, for
//       an input that breaks the model's constraints, answers 400
//       ValidationException;
//   (b) make_request<Op>(that input) gives the same method, the same path (when
//       the encodings differ, the same percent-decoded segments, and says so), the
//       same query parameters (a multiset of decoded name/value pairs: the SDK
//       sorts them by name, the library keeps binding order), the same
//       content-type, and a body that is JSON-equal to the SDK's (members in any
//       order). Any mismatch prints the case and fails.
//   Inputs the library cannot hold (a union with no member, a required member
//   absent) are only routed, and must be refused with the expected reason; an
//   empty label, which the SDK sends to another path, make_request refuses to
//   send, and route finds no operation for (sdk_requests.mjs lists the kinds).
// responses: every output shape of the six operations, a few values each, through
// make_response, and every modeled error of each of them through
// make_error_response, with the values the SDK must read from them.
#include <neptune_graph/neptune_graph.hpp>

#include <boost/describe/members.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>
#include <boost/mp11/algorithm.hpp>
#include <boost/mp11/list.hpp>
#include <boost/variant2/variant.hpp>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace ng = neptune_graph;
namespace json = boost::json;
namespace mp11 = boost::mp11;

namespace {

/// The operations this test holds to the SDK.
using sdk_operations = mp11::mp_list<ng::StartImportTask, ng::CreateGraphUsingImportTask, ng::StartExportTask,
                                     ng::GetExportTask, ng::CancelExportTask, ng::ListExportTasks>;

int failures = 0;
int notes = 0;

void fail(std::string const& which, std::string const& what)
{
    ++failures;
    std::cerr << "FAIL " << which << ": " << what << '\n';
}

void note(std::string const& which, std::string const& what)
{
    ++notes;
    std::cout << "note " << which << ": " << what << '\n';
}

template <class T>
std::string text_of(T const& x)
{
    ng::encode_options opts;
    opts.pass_through_unknown = true;
    auto r = ng::encode(x, opts);
    return r ? *r : "<does not encode: " + std::string(r.error().what()) + ">";
}

std::string read_file(std::string const& path)
{
    std::ifstream in(path, std::ios::binary);
    if(!in)
        throw std::runtime_error("cannot read " + path);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// ---------------------------------------------------------------------------
// Targets taken apart, independently of the library's own parser.

int hex_digit(char c)
{
    if(c >= '0' && c <= '9')
        return c - '0';
    if(c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if(c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// RFC 3986 percent-decoding; `+` stays `+`. Bad escapes are kept as they are.
std::string percent_decoded(std::string_view s)
{
    std::string out;
    for(std::size_t i = 0; i < s.size(); ++i)
    {
        if(s[i] == '%' && i + 2 < s.size() && hex_digit(s[i + 1]) >= 0 && hex_digit(s[i + 2]) >= 0)
        {
            out += static_cast<char>(hex_digit(s[i + 1]) * 16 + hex_digit(s[i + 2]));
            i += 2;
        }
        else
            out += s[i];
    }
    return out;
}

std::vector<std::string_view> split(std::string_view s, char sep)
{
    std::vector<std::string_view> parts;
    for(;;)
    {
        std::size_t at = s.find(sep);
        parts.push_back(s.substr(0, at));
        if(at == std::string_view::npos)
            return parts;
        s.remove_prefix(at + 1);
    }
}

struct target_parts
{
    std::string_view path;
    std::string_view query;
};

target_parts split_target(std::string_view target)
{
    std::size_t q = target.find('?');
    if(q == std::string_view::npos)
        return {target, {}};
    return {target.substr(0, q), target.substr(q + 1)};
}

using pairs = std::vector<std::pair<std::string, std::string>>;

// Sorted, so two queries compare as multisets of name/value pairs.
pairs query_pairs(std::string_view query, bool decode)
{
    pairs out;
    if(query.empty())
        return out;
    for(std::string_view piece : split(query, '&'))
    {
        if(piece.empty())
            continue;
        std::size_t eq = piece.find('=');
        std::string_view name = piece.substr(0, eq);
        std::string_view value = eq == std::string_view::npos ? std::string_view() : piece.substr(eq + 1);
        if(decode)
            out.emplace_back(percent_decoded(name), percent_decoded(value));
        else
            out.emplace_back(std::string(name), std::string(value));
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::string show(pairs const& p)
{
    std::string s = "[";
    for(auto const& [k, v] : p)
        s += (s.size() > 1 ? ", " : "") + json::serialize(json::string(k)) + "=" + json::serialize(json::string(v));
    return s + "]";
}

// ---------------------------------------------------------------------------
// Requests.

template <class Op, std::size_t I>
void check_request(std::string const& which, json::object const& record)
{
    using input = typename Op::input;
    json::object const& req = record.at("request").as_object();
    std::string const method(req.at("method").as_string());
    std::string const target(req.at("target").as_string());
    std::optional<std::string> body;
    if(!req.at("body").is_null())
        body = std::string(req.at("body").as_string());
    std::optional<std::string> content_type;
    if(auto const* h = req.at("headers").as_object().if_contains("content-type"))
        content_type = std::string(h->as_string());
    std::string const kind(record.at("route").as_string());
    bool const accept = kind == "accept";

    if(kind == "unreadable")
    {
        // Not an input the library can hold: the server side answers it.
        auto routed = ng::route<ng::operations>(method, target, body.value_or(""));
        std::string const reason(record.at("reason").as_string());
        if(routed)
            fail(which, "route accepted " + method + " " + target + " " + body.value_or(""));
        else if(routed.error().status != 400 ||
                ng::find_header(routed.error().headers, "x-amzn-errortype") !=
                    std::string_view("ValidationException") ||
                json::parse(routed.error().body).as_object().at("reason") != json::value(reason.c_str()))
            fail(which, "route answered " + std::to_string(routed.error().status) + " " + routed.error().body +
                            ", not a 400 ValidationException with reason " + reason);
        return;
    }

    // The input the SDK was given: decode reads every member, labels included.
    auto const in = ng::decode<input>(json::serialize(record.at("input")));
    if(!in)
    {
        fail(which, "the SDK's input does not decode as " + std::string(ng::shape_name<input>::value) + ": " +
                        in.error().what());
        return;
    }
    if(json::parse(text_of(*in)) != record.at("input"))  // a member decode does not know is skipped
        fail(which, "the SDK's input " + json::serialize(record.at("input")) + " reads as " + text_of(*in));
    if(kind == "unsendable")
    {
        // An empty label: the SDK sends the request to another path; the
        // library refuses to build it, and routes the SDK's to no operation.
        auto mine = ng::make_request<Op>(*in);
        if(mine)
            fail(which, "make_request built " + mine->method + " " + mine->target + " from an empty label");
        else if(mine.error().code != ng::http_errc::empty_label)
            fail(which, std::string("make_request refused it, but not as an empty label: ") + mine.error().what());
        auto routed = ng::route<ng::operations>(method, target, body.value_or(""));
        if(routed || routed.error().status != 404)
            fail(which, "route did not answer " + method + " " + target + " with 404");
        return;
    }
    ng::validate_options strict;
    strict.strict = true;
    bool const valid = ng::validate(*in, strict).empty();
    if(valid != accept)
        fail(which, std::string("the case says route ") + (accept ? "accepts" : "refuses") +
                        " it, but validate() finds it " + (valid ? "valid" : "invalid"));

    // (a) The server side reads the SDK's request back.
    auto routed = ng::route<ng::operations>(method, target, body.value_or(""));
    if(accept)
    {
        if(!routed)
            fail(which, "route refused the SDK's request " + method + " " + target + ": " +
                            std::to_string(routed.error().status) + " " + routed.error().body);
        else if(routed->index() != I)
            fail(which, "route picked operation #" + std::to_string(routed->index()) + ", not " +
                            std::string(Op::name));
        else if(!(boost::variant2::get<I>(*routed) == *in))
            fail(which, "route read " + text_of(boost::variant2::get<I>(*routed)) + "\n  the SDK was given " +
                            text_of(*in));
    }
    else if(routed)
        fail(which, "route accepted an input that breaks the model's constraints: " + target);
    else if(routed.error().status != 400 ||
            ng::find_header(routed.error().headers, "x-amzn-errortype") != std::string_view("ValidationException"))
        fail(which, "route answered " + std::to_string(routed.error().status) + " " + routed.error().body +
                        ", not a 400 ValidationException");

    // (b) The client side builds the same request.
    ng::encode_options opts;
    if(auto const* p = record.if_contains("pass_through_unknown"))
        opts.pass_through_unknown = p->as_bool();  // the SDK sends `$unknown` members on
    auto mine = ng::make_request<Op>(*in, opts);
    if(!mine)
    {
        fail(which, std::string("make_request failed: ") + mine.error().what());
        return;
    }
    if(mine->method != method)
        fail(which, "method " + mine->method + ", the SDK's " + method);

    target_parts const sdk = split_target(target), lib = split_target(mine->target);
    if(sdk.path != lib.path)
    {
        std::vector<std::string> a, b;
        for(auto s : split(sdk.path, '/'))
            a.push_back(percent_decoded(s));
        for(auto s : split(lib.path, '/'))
            b.push_back(percent_decoded(s));
        if(a != b)
            fail(which, "path " + std::string(lib.path) + ", the SDK's " + std::string(sdk.path));
        else
            note(which, "path encoded as " + std::string(lib.path) + ", the SDK's " + std::string(sdk.path) +
                            ": the same segments once percent-decoded");
    }
    pairs const sdk_query = query_pairs(sdk.query, true), lib_query = query_pairs(lib.query, true);
    if(sdk_query != lib_query)
        fail(which, "query " + show(lib_query) + ", the SDK's " + show(sdk_query));
    else if(query_pairs(sdk.query, false) != query_pairs(lib.query, false))
        note(which, "query encoded as " + std::string(lib.query) + ", the SDK's " + std::string(sdk.query) +
                        ": the same pairs once percent-decoded");

    auto const my_type = ng::find_header(mine->headers, "content-type");
    if(my_type.has_value() != content_type.has_value() || (my_type && *my_type != *content_type))
        fail(which, "content-type '" + std::string(my_type.value_or("<none>")) + "', the SDK's '" +
                        content_type.value_or("<none>") + "'");

    if(!body)
    {
        if(!mine->body.empty())
            fail(which, "body " + mine->body + ", the SDK sends none");
    }
    else if(mine->body.empty())
        fail(which, "no body, the SDK's " + *body);
    else
    {
        boost::system::error_code ec1, ec2;
        json::value const theirs = json::parse(*body, ec1), ours = json::parse(mine->body, ec2);
        if(ec1 || ec2)
            fail(which, "a body is not JSON: the SDK's " + *body + "\n  the library's " + mine->body);
        else if(theirs != ours)  // objects compare as sets of members
            fail(which, "body " + mine->body + "\n  the SDK's " + *body);
    }
}

int check_requests(std::string const& file)
{
    json::value const doc = json::parse(read_file(file));
    std::map<std::string, int> per_operation;
    std::map<std::string, int> per_kind;
    for(json::value const& v : doc.as_array())
    {
        json::object const& record = v.as_object();
        std::string const op(record.at("operation").as_string());
        std::string const which = op + " '" + std::string(record.at("name").as_string()) + "'";
        bool found = false;
        mp11::mp_for_each<mp11::mp_iota<mp11::mp_size<ng::operations>>>([&](auto I) {
            using Op = mp11::mp_at_c<ng::operations, I>;
            if(Op::name != op)
                return;
            found = true;
            check_request<Op, I>(which, record);
        });
        if(!found)
            fail(which, "no such operation");
        ++per_operation[op];
        ++per_kind[std::string(record.at("route").as_string())];
    }
    mp11::mp_for_each<sdk_operations>([&](auto op) {
        if(per_operation[std::string(decltype(op)::name)] == 0)
            fail(std::string(decltype(op)::name), "no request of it was captured");
    });
    std::cout << "sdk_serialization: " << doc.as_array().size() << " SDK requests checked: " << per_kind["accept"]
              << " routed back to the same input and rebuilt the same, " << per_kind["refuse"]
              << " invalid ones refused by route and rebuilt the same, " << per_kind["unreadable"]
              << " unreadable ones refused by route, " << per_kind["unsendable"]
              << " with an empty label refused by make_request; " << notes << " notes, " << failures
              << " failures\n";
    return failures == 0 ? 0 : 1;
}

// ---------------------------------------------------------------------------
// "Every member set": a case that claims it sets every optional member (at
// every depth) is checked to do so, so that a member the SDK would drop can
// not hide behind a value that lacks it.

template <class T>
void unset_members(T const& v, std::string const& path, std::vector<std::string>& out);

template <class T>
void unset_in_value(T const& v, std::string const& path, std::vector<std::string>& out)
{
    if constexpr(ng::detail::is_optional<T>::value)
    {
        if(!v)
            out.push_back(path);
        else
            unset_in_value(*v, path, out);
    }
    else if constexpr(ng::detail::is_map<T>::value)
    {
        for(auto const& [k, e] : v)
            unset_in_value(e, path + "[" + k + "]", out);
    }
    else if constexpr(ng::detail::is_vector<T>::value)
    {
        for(std::size_t i = 0; i < v.size(); ++i)
            unset_in_value(v[i], path + "[" + std::to_string(i) + "]", out);
    }
    else if constexpr(ng::detail::is_tagged_union<T>::value)
    {
        boost::variant2::visit([&](auto const& m) { unset_in_value(m, path + "." + std::string(v.tag()), out); },
                               v.value);
    }
    else if constexpr(ng::detail::is_described_struct<T>::value && !std::is_same<T, ng::unknown_member>::value)
        unset_members(v, path, out);
}

template <class T>
void unset_members(T const& v, std::string const& path, std::vector<std::string>& out)
{
    mp11::mp_for_each<ng::detail::public_members<T>>(
        [&](auto D) { unset_in_value(v.*D.pointer, path + "." + D.name, out); });
}

// ---------------------------------------------------------------------------
// Responses.

std::string const role = "arn:aws:iam::123456789012:role/NeptuneGraphImport";
std::string const kms = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
std::string const odd = "ü é ñ 😀 \"quoted\" back\\slash tab\t newline\n ctrl\x01 / ? # & = + %20";

template <class E>
ng::open_enum<E> unknown(std::string_view s)
{
    return ng::open_enum<E>::from_string(s);
}

ng::ImportOptions neptune_options(bool all)
{
    ng::NeptuneImportOptions n;
    n.s3ExportPath = "s3://neptune-export/social/ü/";
    n.s3ExportKmsKeyId = kms;
    if(all)
    {
        n.preserveDefaultVertexLabels = true;
        n.preserveEdgeIds = false;
    }
    ng::ImportOptions u;
    u.value = n;
    return u;
}

ng::ImportOptions unknown_options()
{
    ng::ImportOptions u;
    u.value = ng::unknown_member{"s3", R"({"bucket":"b","prefix":["a",1,true,null],"deep":{"x":{}}})"};
    return u;
}

ng::ImportTaskSummary import_summary(bool all)
{
    ng::ImportTaskSummary s;
    s.taskId = "t-0123456789";
    s.source = all ? odd : "s3://bucket/data/";
    s.roleArn = role;
    s.status = ng::ImportTaskStatus::IMPORTING;
    if(all)
    {
        s.graphId = "g-0123456789";
        s.format = ng::Format::PARQUET;
        s.parquetType = ng::ParquetType::COLUMNAR;
    }
    return s;
}

ng::ImportTaskSummary import_summary_unknown()
{
    ng::ImportTaskSummary s = import_summary(true);
    s.status = unknown<ng::ImportTaskStatus>("PAUSED");
    s.format = unknown<ng::Format>("TURTLE");
    s.parquetType = unknown<ng::ParquetType>("ROW");
    return s;
}

// Map keys that are awkward in JSON, in URIs or in JavaScript objects.
std::vector<std::string> const odd_keys = {
    "a b", "k:1", "x/y=z", "ü ñ 😀", "", "\"q\" \\ \t", "__proto__", "constructor", "toString", "0", "-1", "1e3"};

ng::ExportFilter export_filter()
{
    ng::ExportFilterPropertyAttributes full;
    full.outputType = "Double[]";
    full.sourcePropertyName = "scores ü";
    full.multiValueHandling = ng::MultiValueHandlingType::TO_LIST;
    ng::ExportFilterElement element;
    element.properties.emplace();
    (*element.properties)["scores"] = full;
    ng::ExportFilter f;
    f.vertexFilter.emplace();
    f.edgeFilter.emplace();
    int i = 0;
    for(std::string const& k : odd_keys)
    {
        ng::ExportFilterElement e = element;
        ng::ExportFilterPropertyAttributes a = full;
        a.outputType = i % 2 ? "Int" : "String";
        a.multiValueHandling = i % 2 ? ng::MultiValueHandlingType::PICK_FIRST : ng::MultiValueHandlingType::TO_LIST;
        (*e.properties)[k] = a;
        (*f.vertexFilter)[k] = e;
        (*f.edgeFilter)[k + "-edge"] = element;
        ++i;
    }
    // An odd key one map deeper, under a plain label.
    ng::ExportFilterElement& knows = (*f.edgeFilter)["knows"];
    knows.properties.emplace();
    (*knows.properties)["__proto__"] = full;
    return f;
}

ng::ExportFilter export_filter_sparse()
{
    ng::ExportFilter f;
    f.vertexFilter.emplace();
    (*f.vertexFilter)["empty element"] = {};
    (*f.vertexFilter)["empty properties"].properties.emplace();
    (*f.vertexFilter)["empty attributes"].properties.emplace();
    (*(*f.vertexFilter)["empty attributes"].properties)["p"] = {};
    return f;  // no edgeFilter
}

ng::ExportFilter export_filter_unknown()
{
    ng::ExportFilterPropertyAttributes a;
    a.outputType = "Int128";
    a.multiValueHandling = unknown<ng::MultiValueHandlingType>("SPLIT");
    ng::ExportFilter f;
    f.edgeFilter.emplace();
    (*f.edgeFilter)["e"].properties.emplace();
    (*(*f.edgeFilter)["e"].properties)["p"] = a;
    return f;
}

ng::ExportTaskSummary export_summary(bool all)
{
    ng::ExportTaskSummary s;
    s.graphId = "g-0123456789";
    s.roleArn = role;
    s.taskId = "t-0123456789";
    s.status = ng::ExportTaskStatus::EXPORTING;
    s.format = ng::ExportFormat::CSV;
    s.destination = all ? "s3://bucket/" + odd : "s3://bucket/out/";
    s.kmsKeyIdentifier = kms;
    if(all)
    {
        s.format = ng::ExportFormat::PARQUET;
        s.parquetType = ng::ParquetType::COLUMNAR;
        s.statusReason = "Exporting: ü 😀 \"2 of 3\"";
    }
    return s;
}

ng::ExportTaskSummary export_summary_unknown()
{
    ng::ExportTaskSummary s = export_summary(true);
    s.status = unknown<ng::ExportTaskStatus>("PAUSED");
    s.format = unknown<ng::ExportFormat>("JSON");
    s.parquetType = unknown<ng::ParquetType>("ROW");
    return s;
}

ng::ExportTaskDetails export_details(ng::timestamp start, bool all)
{
    ng::ExportTaskDetails d;
    d.startTime = start;
    d.timeElapsedSeconds = 3723;
    d.progressPercentage = 42;
    if(all)
    {
        d.numVerticesWritten = 9007199254740991;  // 2^53 - 1: a JavaScript number holds it exactly
        d.numEdgesWritten = 0;
    }
    return d;
}

template <class Op>
struct output_case
{
    std::string name;
    typename Op::output value;
    bool every_member = false;
};

template <class Op>
std::vector<output_case<Op>> output_cases();

template <class Out, class Base>
Out with_base(Base const& b)
{
    Out o;
    static_cast<Base&>(o) = b;
    return o;
}

template <>
std::vector<output_case<ng::StartImportTask>> output_cases()
{
    using Out = ng::StartImportTaskOutput;
    Out full = with_base<Out>(import_summary(true));
    full.importOptions = neptune_options(true);
    Out unknowns = with_base<Out>(import_summary_unknown());
    unknowns.importOptions = unknown_options();
    Out bare_union = with_base<Out>(import_summary(false));
    bare_union.status = ng::ImportTaskStatus::INITIALIZING;
    bare_union.importOptions = neptune_options(false);
    return {{"every member", full, true},
            {"required members only", with_base<Out>(import_summary(false))},
            {"the union with its required members only", bare_union},
            {"enum values and a union member the SDK does not know", unknowns}};
}

template <>
std::vector<output_case<ng::CreateGraphUsingImportTask>> output_cases()
{
    using Out = ng::CreateGraphUsingImportTaskOutput;
    Out full = with_base<Out>(import_summary(true));
    full.status = ng::ImportTaskStatus::INITIALIZING;
    full.importOptions = neptune_options(true);
    Out unknowns = with_base<Out>(import_summary_unknown());
    unknowns.importOptions = unknown_options();
    return {{"every member", full, true},
            {"required members only", with_base<Out>(import_summary(false))},
            {"enum values and a union member the SDK does not know", unknowns}};
}

template <>
std::vector<output_case<ng::StartExportTask>> output_cases()
{
    using Out = ng::StartExportTaskOutput;
    Out full = with_base<Out>(export_summary(true));
    full.status = ng::ExportTaskStatus::INITIALIZING;
    full.exportFilter = export_filter();
    Out sparse = with_base<Out>(export_summary(false));
    sparse.exportFilter = export_filter_sparse();
    Out empty = with_base<Out>(export_summary(false));
    empty.exportFilter.emplace();
    Out unknowns = with_base<Out>(export_summary_unknown());
    unknowns.exportFilter = export_filter_unknown();
    return {{"every member, a filter with odd keys", full, true},
            {"required members only", with_base<Out>(export_summary(false))},
            {"a filter with empty maps and structures", sparse},
            {"an empty filter", empty},
            {"enum values the SDK does not know", unknowns}};
}

template <>
std::vector<output_case<ng::GetExportTask>> output_cases()
{
    using Out = ng::GetExportTaskOutput;
    Out full = with_base<Out>(export_summary(true));
    full.exportTaskDetails = export_details(ng::timestamp::from_seconds(1732300000, 123000), true);
    full.exportFilter = export_filter();
    Out ms1 = with_base<Out>(export_summary(false));
    ms1.status = ng::ExportTaskStatus::SUCCEEDED;
    ms1.exportTaskDetails = export_details(ng::timestamp::from_seconds(1700000000, 1000), false);
    ms1.exportTaskDetails->progressPercentage = 100;
    Out ms999 = with_base<Out>(export_summary(false));
    ms999.status = ng::ExportTaskStatus::FAILED;
    ms999.statusReason = "Access denied to s3://bucket/out/";
    ms999.exportTaskDetails = export_details(ng::timestamp::from_seconds(1699999999, 999000), true);
    Out whole = with_base<Out>(export_summary(false));
    whole.exportTaskDetails = export_details(ng::timestamp::from_seconds(1732300000), false);
    whole.exportTaskDetails->timeElapsedSeconds = 0;
    whole.exportTaskDetails->progressPercentage = 0;
    Out epoch = with_base<Out>(export_summary(false));
    epoch.exportTaskDetails = export_details(ng::timestamp{}, false);
    Out unknowns = with_base<Out>(export_summary_unknown());
    unknowns.exportTaskDetails = export_details(ng::timestamp::from_seconds(1732300000, 500000), true);
    unknowns.exportFilter = export_filter_unknown();
    return {{"every member, a timestamp with milliseconds, a filter with odd keys", full, true},
            {"required members only", with_base<Out>(export_summary(false))},
            {"a timestamp at .001 s", ms1},
            {"a timestamp at .999 s, the counters", ms999},
            {"a timestamp in whole seconds, zero counters", whole},
            {"the epoch", epoch},
            {"enum values the SDK does not know", unknowns}};
}

template <>
std::vector<output_case<ng::CancelExportTask>> output_cases()
{
    using Out = ng::CancelExportTaskOutput;
    Out full = with_base<Out>(export_summary(true));
    full.status = ng::ExportTaskStatus::CANCELLING;
    Out minimal = with_base<Out>(export_summary(false));
    minimal.status = ng::ExportTaskStatus::CANCELLING;
    return {{"every member", full, true},
            {"required members only", minimal},
            {"enum values the SDK does not know", with_base<Out>(export_summary_unknown())}};
}

template <>
std::vector<output_case<ng::ListExportTasks>> output_cases()
{
    using Out = ng::ListExportTasksOutput;
    Out page;
    page.tasks = {export_summary(true), export_summary_unknown()};
    page.tasks[1].taskId = "t-a1b2c3d4e5";
    page.nextToken = "a b+c/d=é&x=1;~!'()*%20#?😀";
    Out last;
    last.tasks = {export_summary(false), export_summary(false)};
    last.tasks[1].taskId = "t-abcdefghij";
    last.tasks[1].status = ng::ExportTaskStatus::DELETED;
    Out big;
    for(int i = 0; i < 100; ++i)
    {
        big.tasks.push_back(export_summary(i % 2 == 0));
        std::string id = std::to_string(i);
        big.tasks.back().taskId = "t-" + std::string(10 - id.size(), '0') + id;
    }
    big.nextToken = "eyJ0IjoidC0wMTIzNDU2Nzg5In0=";
    return {{"two tasks and a token", page, true},
            {"no tasks", Out{}},
            {"the last page", last},
            {"a page of 100", big}};
}

template <class E> E error_value(bool all);

template <> ng::ThrottlingException error_value(bool) { return {"Rate exceeded for the account ü"}; }
template <> ng::InternalServerException error_value(bool) { return {"Internal failure. Please retry. 😀"}; }
template <> ng::ResourceNotFoundException error_value(bool)
{
    return {"Resource t-0123456789 of type \"task\" was not found"};
}
template <> ng::ValidationException error_value(bool all)
{
    ng::ValidationException e{"1 validation error detected: Value 'x' at 'graphIdentifier' failed to satisfy "
                              "constraint: Member must satisfy regular expression pattern: g-[a-z0-9]{10}",
                              std::nullopt};
    if(all)
        e.reason = ng::ValidationExceptionReason::CONSTRAINT_VIOLATION;
    return e;
}
template <> ng::ConflictException error_value(bool all)
{
    ng::ConflictException e{"Task t-0123456789 is already CANCELLED", std::nullopt};
    if(all)
        e.reason = ng::ConflictExceptionReason::CONCURRENT_MODIFICATION;
    return e;
}
template <> ng::ServiceQuotaExceededException error_value(bool all)
{
    ng::ServiceQuotaExceededException e;
    e.message = "You have reached the maximum of 10 graphs for this account in us-east-1";
    if(all)
    {
        e.resourceId = "g-0123456789";
        e.resourceType = "graph";
        e.serviceCode = "neptune-graph";
        e.quotaCode = "L-7A2E1B3C";
    }
    return e;
}

json::value response_json(ng::http_response const& r)
{
    json::array headers;
    for(auto const& [k, v] : r.headers)
        headers.push_back(json::array{json::string(k), json::string(v)});
    return json::object{{"status", r.status}, {"headers", std::move(headers)}, {"body", r.body}};
}

template <class T>
json::array member_names()
{
    json::array names;
    mp11::mp_for_each<ng::detail::public_members<T>>([&](auto D) { names.push_back(json::string(D.name)); });
    return names;
}

template <class Op>
void write_output_cases(json::array& out)
{
    using Out = typename Op::output;
    ng::encode_options pass;
    pass.pass_through_unknown = true;  // a server that serves what a newer service stored
    for(output_case<Op> const& c : output_cases<Op>())
    {
        std::string const which = std::string(Op::name) + " '" + c.name + "'";
        if(c.every_member)
        {
            std::vector<std::string> unset;
            unset_members(c.value, "$", unset);
            for(auto const& p : unset)
                fail(which, "claims to set every member, but " + p + " is absent");
        }
        auto r = ng::make_response<Op>(c.value, pass);
        if(!r)
        {
            fail(which, std::string("make_response failed: ") + r.error().what());
            continue;
        }
        if(r->status != Op::success_status)
            fail(which, "status " + std::to_string(r->status));
        // The body reads back as the value: what the SDK is compared with is the value.
        auto back = ng::decode<Out>(r->body);
        if(!back || !(*back == c.value))
            fail(which, "the response body does not read back as the value: " + r->body);
        out.push_back(json::object{{"name", c.name},
                                   {"operation", Op::name},
                                   {"kind", "output"},
                                   {"every_member", c.every_member},
                                   {"response", response_json(*r)},
                                   {"expected", json::parse(text_of(c.value))}});
    }
}

char const* retry_name(ng::retry_kind k)
{
    switch(k)
    {
    case ng::retry_kind::throttling: return "throttling";
    case ng::retry_kind::transient: return "transient";
    default: return "none";
    }
}

template <class Op>
void write_error_cases(json::array& out)
{
    mp11::mp_for_each<typename Op::errors>([&](auto e0) {
        using E = decltype(e0);
        for(bool all : {true, false})
        {
            E const e = error_value<E>(all);
            auto r = ng::make_error_response(e);
            std::string const name(ng::shape_name<E>::value);
            if(!r)
            {
                fail(std::string(Op::name) + " " + name, std::string("make_error_response failed: ") + r.error().what());
                continue;
            }
            out.push_back(json::object{
                {"name", name + (all ? ", every member" : ", message only")},
                {"operation", Op::name},
                {"kind", "error"},
                {"response", response_json(*r)},
                {"error", json::object{{"name", name},
                                       {"status", ng::error_binding<E>::status},
                                       {"fault", ng::error_binding<E>::fault == ng::error_fault::server ? "server"
                                                                                                         : "client"},
                                       {"retry", retry_name(ng::error_binding<E>::retry)},
                                       {"members", member_names<E>()},
                                       {"values", json::parse(text_of(e))}}}});
            if constexpr(std::is_same<E, ng::ValidationException>::value)
                if(all)
                {
                    // A reason this version does not know reaches the SDK as it is.
                    ng::ValidationException v = e;
                    v.reason = unknown<ng::ValidationExceptionReason>("NEW_REASON");
                    auto rv = ng::make_error_response(v);
                    out.push_back(json::object{
                        {"name", name + ", a reason the SDK does not know"},
                        {"operation", Op::name},
                        {"kind", "error"},
                        {"response", response_json(*rv)},
                        {"error", json::object{{"name", name},
                                               {"status", 400},
                                               {"fault", "client"},
                                               {"retry", "none"},
                                               {"members", member_names<E>()},
                                               {"values", json::parse(text_of(v))}}}});
                }
        }
    });
}

int write_responses(std::string const& file)
{
    json::array out;
    mp11::mp_for_each<sdk_operations>([&](auto op) {
        using Op = decltype(op);
        write_output_cases<Op>(out);
        write_error_cases<Op>(out);
    });
    std::ofstream f(file, std::ios::binary);
    f << json::serialize(out);
    f.close();
    if(!f)
        fail(file, "cannot write");
    std::size_t outputs = 0;
    for(auto const& c : out)
        outputs += c.as_object().at("kind").as_string() == "output";
    std::cout << "sdk_serialization: " << out.size() << " responses written (" << outputs << " outputs, "
              << out.size() - outputs << " errors), " << failures << " failures\n";
    return failures == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    std::string const mode = argc == 3 ? argv[1] : "";
    try
    {
        if(mode == "requests")
            return check_requests(argv[2]);
        if(mode == "responses")
            return write_responses(argv[2]);
    }
    catch(std::exception const& e)
    {
        std::cerr << "sdk_serialization: " << e.what() << '\n';
        return 1;
    }
    std::cerr << "usage: sdk_serialization requests FILE | responses FILE\n";
    return 2;
}
