// The REST-JSON binding: requests from inputs, inputs from requests (routing,
// labels, queries, malformed ones included), responses from outputs and
// errors, and errors from responses by the restJson1 rules (the Smithy
// RestJsonFooError* cases included).
#include <neptune_graph/http.hpp>
#include <neptune_graph/neptune_graph.hpp>
// streamed_route is header-only in either mode: its header, and the rules it
// validates the service's inputs by (declared extern for route() alone).
#include <neptune_graph/http/route.hpp>
#include <neptune_graph/service/constraints.hpp>

#include "support/random_shapes.hpp"

#include <boost/describe/class.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/error.hpp>
#include <boost/variant2/variant.hpp>

#include <catch2/catch.hpp>

#include <cstdint>
#include <map>
#include <random>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace ng = neptune_graph;

// Catch prints a failed REQUIRE(r) with what went wrong, not with the value
// (boost::system::result's own operator<< needs a printable value).
namespace Catch {
template <class T, class E>
struct StringMaker<boost::system::result<T, E>>
{
    static std::string convert(boost::system::result<T, E> const& r)
    {
        if(r)
            return "{value}";
        if constexpr(std::is_same<E, ng::http_response>::value)
            return "{response " + std::to_string(r.error().status) + " " + r.error().body + "}";
        else
            return "{error " + r.error().what() + "}";
    }
};
} // namespace Catch

using Catch::Contains;
using Catch::StartsWith;
using Catch::EndsWith;

namespace {

constexpr char const* task_id = "t-0123456789";

ng::route_result<ng::operations> call(std::string_view method, std::string_view target)
{
    return ng::route<ng::operations>(method, target);
}

std::string header(ng::http_headers const& h, std::string_view name)
{
    auto v = ng::find_header(h, name);
    return v ? std::string(*v) : std::string("<absent>");
}

// The ValidationException a refused request carries, after checking the
// response is one.
ng::ValidationException refused(ng::route_result<ng::operations> const& r)
{
    REQUIRE_FALSE(r);
    ng::http_response const& resp = r.error();
    CHECK(resp.status == 400);
    CHECK(header(resp.headers, "x-amzn-errortype") == "ValidationException");
    CHECK(header(resp.headers, "content-type") == "application/json");
    auto e = ng::decode<ng::ValidationException>(resp.body);
    REQUIRE(e);
    REQUIRE(e->reason);
    return *e;
}

void check_bad_request(std::string_view method, std::string_view target, std::string_view fragment)
{
    INFO(method << ' ' << ng::detail::quoted(target));
    auto e = refused(call(method, target));
    CHECK(*e.reason == ng::ValidationExceptionReason::BAD_REQUEST);
    CHECK_THAT(e.message, StartsWith("1 validation error detected: "));
    CHECK_THAT(e.message, Contains(std::string(fragment)));
}

void check_violation(std::string_view method, std::string_view target, std::string_view member)
{
    INFO(method << ' ' << ng::detail::quoted(target));
    auto e = refused(call(method, target));
    CHECK(*e.reason == ng::ValidationExceptionReason::CONSTRAINT_VIOLATION);
    CHECK_THAT(e.message, StartsWith("1 validation error detected: "));
    CHECK_THAT(e.message, Contains("at '" + std::string(member) + "'"));
}

void check_unknown_route(std::string_view method, std::string_view target)
{
    INFO(method << ' ' << ng::detail::quoted(target));
    auto r = call(method, target);
    REQUIRE_FALSE(r);
    CHECK(r.error().status == 404);
    CHECK(header(r.error().headers, "x-amzn-errortype") == "UnknownOperationException");
    CHECK(header(r.error().headers, "content-type") == "application/json");
    auto body = boost::json::parse(r.error().body);
    CHECK_THAT(std::string(body.at("message").as_string()), StartsWith("No operation matches "));
}

ng::ListImportTasksInput list_input(std::string_view target)
{
    auto r = call("GET", target);
    INFO(ng::detail::quoted(target) << " -> " << (r ? std::string() : r.error().body));
    REQUIRE(r);
    REQUIRE(r->index() == 2);
    return boost::variant2::get<ng::ListImportTasksInput>(*r);
}

ng::GetImportTaskOutput sample_task()
{
    ng::GetImportTaskOutput t;
    t.graphId = "g-0123456789";
    t.taskId = task_id;
    t.source = "s3://bucket/data/";
    t.format = ng::Format::CSV;
    t.roleArn = "arn:aws:iam::123456789012:role/NeptuneImportRole";
    t.status = ng::ImportTaskStatus::IMPORTING;
    t.attemptNumber = 2;
    return t;
}

} // namespace

// ---------------------------------------------------------------------------
// The operations as data

TEST_CASE("operation traits state what service-2.json says", "[http][operations]")
{
    CHECK(ng::CancelImportTask::method == "DELETE");
    CHECK(ng::CancelImportTask::uri == "/importtasks/{taskIdentifier}");
    CHECK(ng::GetImportTask::method == "GET");
    CHECK(ng::GetImportTask::uri == "/importtasks/{taskIdentifier}");
    CHECK(ng::ListImportTasks::method == "GET");
    CHECK(ng::ListImportTasks::uri == "/importtasks");
    CHECK(ng::CancelImportTask::success_status == 200);
    CHECK(ng::GetImportTask::success_status == 200);
    CHECK(ng::ListImportTasks::success_status == 200);
    // Cancel is the only one of the three that models ConflictException.
    STATIC_REQUIRE(boost::mp11::mp_contains<ng::CancelImportTask::errors, ng::ConflictException>::value);
    STATIC_REQUIRE_FALSE(boost::mp11::mp_contains<ng::GetImportTask::errors, ng::ConflictException>::value);
    STATIC_REQUIRE_FALSE(boost::mp11::mp_contains<ng::ListImportTasks::errors, ng::ConflictException>::value);
    STATIC_REQUIRE(boost::mp11::mp_size<ng::GetImportTask::errors>::value == 4);

    CHECK(ng::error_binding<ng::ThrottlingException>::status == 429);
    CHECK(ng::error_binding<ng::ValidationException>::status == 400);
    CHECK(ng::error_binding<ng::ConflictException>::status == 409);
    CHECK(ng::error_binding<ng::InternalServerException>::status == 500);
    CHECK(ng::error_binding<ng::ResourceNotFoundException>::status == 404);
    CHECK(ng::error_binding<ng::InternalServerException>::fault == ng::error_fault::server);
    CHECK(ng::error_binding<ng::ThrottlingException>::fault == ng::error_fault::client);
}

namespace {
struct label_not_in_uri
{
    using input = ng::GetImportTaskInput;
    static constexpr std::string_view uri = "/importtasks";
};
struct uri_label_without_binding
{
    using input = ng::ListImportTasksInput;
    static constexpr std::string_view uri = "/importtasks/{taskIdentifier}";
};
} // namespace

TEST_CASE("a URI template and its labels must agree at compile time", "[http][operations]")
{
    using ng::detail::uri_is_well_formed;
    STATIC_REQUIRE(uri_is_well_formed("/importtasks/{taskIdentifier}"));
    STATIC_REQUIRE(uri_is_well_formed("/a/{x}/b/{y}"));
    STATIC_REQUIRE_FALSE(uri_is_well_formed("importtasks"));          // not absolute
    STATIC_REQUIRE_FALSE(uri_is_well_formed("/a/x{y}"));              // label not a whole segment
    STATIC_REQUIRE_FALSE(uri_is_well_formed("/a/{}"));                // empty label name
    STATIC_REQUIRE_FALSE(uri_is_well_formed("/a/{x"));                // unclosed
    STATIC_REQUIRE_FALSE(uri_is_well_formed("/a?b=c"));               // query in the template
    STATIC_REQUIRE(ng::detail::bindings_match_uri<ng::GetImportTask>());
    STATIC_REQUIRE(ng::detail::bindings_match_uri<ng::ListImportTasks>());

    STATIC_REQUIRE_FALSE(ng::detail::bindings_match_uri<label_not_in_uri>());
    STATIC_REQUIRE_FALSE(ng::detail::bindings_match_uri<uri_label_without_binding>());
}

// ---------------------------------------------------------------------------
// Client side: make_request

TEST_CASE("make_request puts the label in the path, percent-encoded", "[http][client]")
{
    SECTION("GetImportTask")
    {
        auto r = ng::make_request<ng::GetImportTask>({task_id});
        REQUIRE(r);
        CHECK(r->method == "GET");
        CHECK(r->target == "/importtasks/t-0123456789");
        CHECK(r->headers.empty());  // no body, so no content-type
        CHECK(r->body.empty());
    }
    SECTION("CancelImportTask")
    {
        auto r = ng::make_request<ng::CancelImportTask>({task_id});
        REQUIRE(r);
        CHECK(r->method == "DELETE");
        CHECK(r->target == "/importtasks/t-0123456789");
        CHECK(r->headers.empty());
    }
    SECTION("reserved characters are escaped, unreserved ones kept")
    {
        auto r = ng::make_request<ng::GetImportTask>({"a/b c?d#e%f&g=h+i-j.k_l~m"});
        REQUIRE(r);
        CHECK(r->target == "/importtasks/a%2Fb%20c%3Fd%23e%25f%26g%3Dh%2Bi-j.k_l~m");
    }
    SECTION("UTF-8 is escaped byte by byte, in upper-case hex")
    {
        auto r = ng::make_request<ng::GetImportTask>({"\xC3\xA9\xE2\x82\xAC"});  // é€
        REQUIRE(r);
        CHECK(r->target == "/importtasks/%C3%A9%E2%82%AC");
    }
    SECTION("an empty label is refused: GET /importtasks/ would be another request")
    {
        auto r = ng::make_request<ng::GetImportTask>({""});
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ng::http_errc::empty_label);
        CHECK(r.error().path == "$.taskIdentifier");
        CHECK_THAT(r.error().message, Contains("empty"));
    }
    SECTION("a label that is not UTF-8 is refused")
    {
        auto r = ng::make_request<ng::CancelImportTask>({"t-\xFF"});
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ng::http_errc::invalid_utf8);
        CHECK(r.error().path == "$.taskIdentifier");
    }
    SECTION("a label holding NUL is refused")
    {
        auto r = ng::make_request<ng::CancelImportTask>({std::string("t-01\0", 5)});
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ng::http_errc::nul_byte);
    }
}

TEST_CASE("make_request puts set query members in binding order", "[http][client]")
{
    ng::ListImportTasksInput in;
    SECTION("none set: no query string")
    {
        auto r = ng::make_request<ng::ListImportTasks>(in);
        REQUIRE(r);
        CHECK(r->method == "GET");
        CHECK(r->target == "/importtasks");
    }
    SECTION("maxResults alone")
    {
        in.maxResults = 100;
        CHECK(ng::make_request<ng::ListImportTasks>(in)->target == "/importtasks?maxResults=100");
    }
    SECTION("both, nextToken first as the model binds it; the token's + / = escaped")
    {
        in.maxResults = 5;
        in.nextToken = "eyJvZmZzZXQiOjV9+/=";
        CHECK(ng::make_request<ng::ListImportTasks>(in)->target ==
              "/importtasks?nextToken=eyJvZmZzZXQiOjV9%2B%2F%3D&maxResults=5");
    }
    SECTION("the client does not validate: -1 and an empty token are sent as they are")
    {
        in.maxResults = -1;
        in.nextToken = "";
        CHECK(ng::make_request<ng::ListImportTasks>(in)->target == "/importtasks?nextToken=&maxResults=-1");
    }
    SECTION("a token holding NUL or bytes that are not UTF-8 is refused, with its path")
    {
        in.nextToken = std::string("a\0b", 3);
        auto r = ng::make_request<ng::ListImportTasks>(in);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ng::http_errc::nul_byte);
        CHECK(r.error().path == "$.nextToken");
        in.nextToken = "\xC3";
        r = ng::make_request<ng::ListImportTasks>(in);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ng::http_errc::invalid_utf8);
    }
}

TEST_CASE("every byte of a token survives make_request then route", "[http][client][server]")
{
    std::string token;
    for(int c = 1; c < 0x80; ++c)
        token += static_cast<char>(c);
    token += "\xC3\xA9\xF0\x9F\x98\x80";  // é and an emoji (4 bytes)
    ng::ListImportTasksInput in;
    in.nextToken = token;
    in.maxResults = 42;
    auto req = ng::make_request<ng::ListImportTasks>(in);
    REQUIRE(req);
    std::size_t const begin = req->target.find("?nextToken=") + 11;
    std::size_t const end = req->target.find("&maxResults=42");
    REQUIRE(end != std::string::npos);
    std::string const sent = req->target.substr(begin, end - begin);
    CHECK(sent.find_first_of(" #?&+/=") == std::string::npos);
    auto back = list_input(req->target);
    CHECK(back == in);
}

// ---------------------------------------------------------------------------
// Client side: parse_response, success

TEST_CASE("a 2xx response decodes as the output", "[http][client]")
{
    auto out = sample_task();
    std::string body = ng::encode(out).value();
    SECTION("200")
    {
        auto r = ng::parse_response<ng::GetImportTask>(200, {}, body);
        REQUIRE(r);
        CHECK(*r == out);
    }
    SECTION("any 2xx")
    {
        CHECK(ng::parse_response<ng::GetImportTask>(201, {}, body));
        CHECK(ng::parse_response<ng::GetImportTask>(299, {}, body));
    }
    SECTION("an empty body reads as {}")
    {
        auto r = ng::parse_response<ng::ListImportTasks>(200, {}, "");
        REQUIRE(r);
        CHECK(r->tasks.empty());
        CHECK_FALSE(r->nextToken);
    }
    SECTION("a body that does not decode is an unreadable-response error with the codec's error")
    {
        auto r = ng::parse_response<ng::GetImportTask>(200, {}, R"({"taskId": 5})");
        REQUIRE_FALSE(r);
        auto const r_err = r.error();
        auto const* e = r_err.get_if<ng::error>();
        REQUIRE(e);
        CHECK(e->code == ng::errc::type_mismatch);
        CHECK(e->path == "$.taskId");
        CHECK(r.error().status() == 200);
        CHECK(r.error().name().empty());
        CHECK(r.error().fault() == ng::error_fault::server);
        CHECK(ng::retryable(r.error()) == ng::retry_kind::none);
        CHECK_FALSE(r.error().is_modeled());
    }
    SECTION("a type header on a 2xx does not make it an error")
    {
        ng::http_headers h{{"x-amzn-errortype", "ThrottlingException"}};
        CHECK(ng::parse_response<ng::GetImportTask>(200, h, body));
    }
}

// ---------------------------------------------------------------------------
// Client side: parse_response, error type resolution (Smithy restJson1 tests)

namespace {

struct smithy_case
{
    char const* id;
    ng::http_headers headers;
    char const* body;
    char const* raw_type;
};

} // namespace

TEST_CASE("the Smithy RestJsonFooError* cases resolve to FooError", "[http][client][errors]")
{
    constexpr char const* uri = "http://internal.amazon.com/coral/com.amazon.coral.validate/";
    std::string const with_uri = std::string("FooError:") + uri;
    std::string const ns_uri = std::string("aws.protocoltests.restjson#FooError:") + uri;
    ng::http_headers const json{{"Content-Type", "application/json"}};
    std::string const code_ns_uri = R"({"code": ")" + ns_uri + R"("})";
    std::string const type_ns_uri = R"({"__type": ")" + ns_uri + R"("})";

    smithy_case const cases[] = {
        {"RestJsonFooErrorUsingXAmznErrorType", {{"X-Amzn-Errortype", "FooError"}}, "", "FooError"},
        {"RestJsonFooErrorUsingXAmznErrorTypeWithUri", {{"X-Amzn-Errortype", with_uri}}, "",
         with_uri.c_str()},
        {"RestJsonFooErrorUsingXAmznErrorTypeWithUriAndNamespace", {{"X-Amzn-Errortype", ns_uri}}, "",
         ns_uri.c_str()},
        {"RestJsonFooErrorUsingCode", json, R"({"code": "FooError"})", "FooError"},
        {"RestJsonFooErrorUsingCodeAndNamespace", json, R"({"code": "aws.protocoltests.restjson#FooError"})",
         "aws.protocoltests.restjson#FooError"},
        {"RestJsonFooErrorUsingCodeUriAndNamespace", json, code_ns_uri.c_str(), ns_uri.c_str()},
        {"RestJsonFooErrorWithDunderType", json, R"({"__type": "FooError"})", "FooError"},
        {"RestJsonFooErrorWithDunderTypeAndNamespace", json,
         R"({"__type": "aws.protocoltests.restjson#FooError"})", "aws.protocoltests.restjson#FooError"},
        {"RestJsonFooErrorWithDunderTypeUriAndNamespace", json, type_ns_uri.c_str(), ns_uri.c_str()},
    };
    for(auto const& c : cases)
    {
        INFO(c.id);
        auto r = ng::parse_response<ng::GetImportTask>(500, c.headers, c.body);
        REQUIRE_FALSE(r);
        auto const r_err = r.error();
        auto const* u = r_err.get_if<ng::unmodeled_error>();
        REQUIRE(u);
        CHECK(u->type == "FooError");
        CHECK(u->raw_type == c.raw_type);
        CHECK(u->status == 500);
        CHECK(u->message.empty());
        CHECK(r.error().name() == "FooError");
        CHECK(r.error().status() == 500);
        CHECK(r.error().fault() == ng::error_fault::server);
        CHECK(ng::retryable(r.error()) == ng::retry_kind::none);
    }
}

TEST_CASE("the same rules resolve the model's own errors", "[http][client][errors]")
{
    constexpr char const* uri = ":http://internal.amazon.com/coral/com.amazon.coral.validate/";
    SECTION("header with a URI suffix")
    {
        ng::http_headers h{{"x-amzn-errortype", std::string("ResourceNotFoundException") + uri}};
        auto r = ng::parse_response<ng::GetImportTask>(404, h, R"({"message":"Task t-0123456789 not found"})");
        REQUIRE_FALSE(r);
        auto const r_err = r.error();
        auto const* e = r_err.get_if<ng::ResourceNotFoundException>();
        REQUIRE(e);
        CHECK(e->message == "Task t-0123456789 not found");
        CHECK(r.error().name() == "ResourceNotFoundException");
        CHECK(r.error().message() == "Task t-0123456789 not found");
        CHECK(r.error().is_modeled());
        CHECK(r.error().fault() == ng::error_fault::client);
    }
    SECTION("header with namespace and URI: the URI may itself hold a '#'")
    {
        ng::http_headers h{{"X-AMZN-ERRORTYPE", "com.amazonaws.neptunegraph#ThrottlingException:http://x/#y"}};
        auto r = ng::parse_response<ng::ListImportTasks>(429, h, R"({"message":"Rate exceeded"})");
        REQUIRE_FALSE(r);
        REQUIRE(r.error().is<ng::ThrottlingException>());
        CHECK(r.error().message() == "Rate exceeded");
    }
    SECTION("body code with namespace")
    {
        auto r = ng::parse_response<ng::CancelImportTask>(
            409, {}, R"({"code":"com.amazonaws.neptunegraph#ConflictException","message":"already done","reason":"CONCURRENT_MODIFICATION"})");
        REQUIRE_FALSE(r);
        auto const r_err = r.error();
        auto const* e = r_err.get_if<ng::ConflictException>();
        REQUIRE(e);
        CHECK(e->message == "already done");
        REQUIRE(e->reason);
        CHECK(*e->reason == ng::ConflictExceptionReason::CONCURRENT_MODIFICATION);
    }
    SECTION("body __type with namespace and URI")
    {
        auto r = ng::parse_response<ng::GetImportTask>(
            400, {}, R"({"__type":"com.amazonaws.neptunegraph#ValidationException:http://x","message":"bad","reason":"BAD_REQUEST"})");
        REQUIRE_FALSE(r);
        auto const r_err = r.error();
        auto const* e = r_err.get_if<ng::ValidationException>();
        REQUIRE(e);
        REQUIRE(e->reason);
        CHECK(*e->reason == ng::ValidationExceptionReason::BAD_REQUEST);
    }
    SECTION("names match exactly: case matters")
    {
        ng::http_headers h{{"x-amzn-errortype", "throttlingexception"}};
        auto r = ng::parse_response<ng::GetImportTask>(429, h, "");
        REQUIRE_FALSE(r);
        REQUIRE(r.error().is<ng::unmodeled_error>());
        CHECK(r.error().name() == "throttlingexception");
    }
}

TEST_CASE("the header comes first, then body code, then body __type", "[http][client][errors]")
{
    // The order is header, code, __type; the AWS SDK for C++ never reads code at all.
    SECTION("header over body code and __type")
    {
        ng::http_headers h{{"x-amzn-errortype", "ResourceNotFoundException"}};
        auto r = ng::parse_response<ng::GetImportTask>(
            404, h, R"({"code":"ValidationException","__type":"ThrottlingException","message":"m"})");
        REQUIRE_FALSE(r);
        CHECK(r.error().is<ng::ResourceNotFoundException>());
    }
    SECTION("body code over __type")
    {
        auto r = ng::parse_response<ng::GetImportTask>(
            400, {}, R"({"__type":"ThrottlingException","code":"ValidationException","message":"m"})");
        REQUIRE_FALSE(r);
        CHECK(r.error().is<ng::ValidationException>());
    }
    SECTION("an empty header counts as absent")
    {
        ng::http_headers h{{"x-amzn-errortype", "  "}};
        auto r = ng::parse_response<ng::GetImportTask>(500, h, R"({"code":"InternalServerException"})");
        REQUIRE_FALSE(r);
        CHECK(r.error().is<ng::InternalServerException>());
    }
    SECTION("an empty or non-string code counts as absent")
    {
        auto r = ng::parse_response<ng::GetImportTask>(500, {}, R"({"code":"","__type":"InternalServerException"})");
        REQUIRE_FALSE(r);
        CHECK(r.error().is<ng::InternalServerException>());
        r = ng::parse_response<ng::GetImportTask>(500, {}, R"({"code":7,"__type":"InternalServerException"})");
        REQUIRE_FALSE(r);
        CHECK(r.error().is<ng::InternalServerException>());
    }
    SECTION("the first of repeated headers")
    {
        ng::http_headers h{{"x-amzn-errortype", "ThrottlingException"}, {"X-Amzn-ErrorType", "FooError"}};
        auto r = ng::parse_response<ng::GetImportTask>(429, h, "");
        REQUIRE_FALSE(r);
        CHECK(r.error().is<ng::ThrottlingException>());
    }
}

TEST_CASE("the message is body message, else Message", "[http][client][errors]")
{
    ng::http_headers h{{"x-amzn-errortype", "ThrottlingException"}};
    auto message_of = [&](std::string_view body) {
        auto r = ng::parse_response<ng::GetImportTask>(429, h, body);
        REQUIRE_FALSE(r);
        REQUIRE(r.error().is<ng::ThrottlingException>());
        return std::string(r.error().message());
    };
    CHECK(message_of(R"({"message":"lower"})") == "lower");
    CHECK(message_of(R"({"Message":"upper"})") == "upper");
    CHECK(message_of(R"({"Message":"upper","message":"lower"})") == "lower");
    CHECK(message_of(R"({"message":null,"Message":"upper"})") == "upper");
    CHECK(message_of("") == "");
    CHECK(message_of("<html>Too Many Requests</html>") == "");

    SECTION("unmodeled errors take the message by the same rule")
    {
        auto r = ng::parse_response<ng::GetImportTask>(403, {}, R"({"__type":"AccessDeniedException","Message":"no"})");
        REQUIRE_FALSE(r);
        auto const r_err = r.error();
        auto const* u = r_err.get_if<ng::unmodeled_error>();
        REQUIRE(u);
        CHECK(u->type == "AccessDeniedException");
        CHECK(u->message == "no");
        CHECK(r.error().message() == "no");
    }
}

TEST_CASE("a body that does not fit the error's shape does not hide the error", "[http][client][errors]")
{
    SECTION("a member of the wrong type: the type still decides, the message is kept")
    {
        ng::http_headers h{{"x-amzn-errortype", "ValidationException"}};
        auto r = ng::parse_response<ng::GetImportTask>(400, h, R"({"message":"bad","reason":7})");
        REQUIRE_FALSE(r);
        auto const r_err = r.error();
        auto const* e = r_err.get_if<ng::ValidationException>();
        REQUIRE(e);
        CHECK(e->message == "bad");
        CHECK_FALSE(e->reason);
    }
    SECTION("a reason this version does not know is kept as received")
    {
        ng::http_headers h{{"x-amzn-errortype", "ValidationException"}};
        auto r = ng::parse_response<ng::GetImportTask>(400, h, R"({"message":"m","reason":"NEW_REASON"})");
        REQUIRE_FALSE(r);
        auto const r_err = r.error();
        auto const* e = r_err.get_if<ng::ValidationException>();
        REQUIRE(e);
        REQUIRE(e->reason);
        CHECK_FALSE(e->reason->known());
        CHECK(e->reason->str() == "NEW_REASON");
    }
    SECTION("not JSON")
    {
        ng::http_headers h{{"x-amzn-errortype", "InternalServerException"}};
        auto r = ng::parse_response<ng::GetImportTask>(500, h, "<html>oops</html>");
        REQUIRE_FALSE(r);
        CHECK(r.error().is<ng::InternalServerException>());
        CHECK(ng::retryable(r.error()) == ng::retry_kind::transient);
    }
}

TEST_CASE("an error the operation does not model keeps status, type and message", "[http][client][errors]")
{
    SECTION("ConflictException is modeled by CancelImportTask only")
    {
        ng::http_headers h{{"x-amzn-errortype", "ConflictException"}};
        std::string body = R"({"message":"busy","reason":"CONCURRENT_MODIFICATION"})";
        auto get = ng::parse_response<ng::GetImportTask>(409, h, body);
        REQUIRE_FALSE(get);
        auto const get_err = get.error();
        auto const* u = get_err.get_if<ng::unmodeled_error>();
        REQUIRE(u);
        CHECK(u->status == 409);
        CHECK(u->type == "ConflictException");
        CHECK(u->message == "busy");
        auto cancel = ng::parse_response<ng::CancelImportTask>(409, h, body);
        REQUIRE_FALSE(cancel);
        CHECK(cancel.error().is<ng::ConflictException>());
    }
    SECTION("no type at all: a client error for 4xx")
    {
        auto r = ng::parse_response<ng::GetImportTask>(403, {}, R"({"message":"Forbidden"})");
        REQUIRE_FALSE(r);
        auto const r_err = r.error();
        auto const* u = r_err.get_if<ng::unmodeled_error>();
        REQUIRE(u);
        CHECK(u->status == 403);
        CHECK(u->type.empty());
        CHECK(u->raw_type.empty());
        CHECK(u->message == "Forbidden");
        CHECK(r.error().fault() == ng::error_fault::client);
        CHECK(r.error().name().empty());
    }
    SECTION("no type at all: a server error for 5xx, whatever the body")
    {
        auto r = ng::parse_response<ng::ListImportTasks>(503, {}, "<html>Service Unavailable</html>");
        REQUIRE_FALSE(r);
        auto const r_err = r.error();
        auto const* u = r_err.get_if<ng::unmodeled_error>();
        REQUIRE(u);
        CHECK(u->status == 503);
        CHECK(u->fault() == ng::error_fault::server);
        CHECK(r.error().fault() == ng::error_fault::server);
    }
    SECTION("a 429 without a type is not guessed to be ThrottlingException")
    {
        auto r = ng::parse_response<ng::ListImportTasks>(429, {}, "");
        REQUIRE_FALSE(r);
        REQUIRE(r.error().is<ng::unmodeled_error>());
        CHECK(ng::retryable(r.error()) == ng::retry_kind::none);
        CHECK(r.error().status() == 429);
    }
    SECTION("a type that cleans to nothing is no type")
    {
        ng::http_headers h{{"x-amzn-errortype", "ns#:http://x"}};
        auto r = ng::parse_response<ng::GetImportTask>(400, h, "");
        REQUIRE_FALSE(r);
        auto const r_err = r.error();
        auto const* u = r_err.get_if<ng::unmodeled_error>();
        REQUIRE(u);
        CHECK(u->type.empty());
        CHECK(u->raw_type == "ns#:http://x");
    }
    SECTION("3xx is not success either")
    {
        auto r = ng::parse_response<ng::GetImportTask>(302, {}, "");
        REQUIRE_FALSE(r);
        CHECK(r.error().is<ng::unmodeled_error>());
        CHECK(r.error().fault() == ng::error_fault::client);
    }
}

TEST_CASE("retryable follows the model's retryable traits only", "[http][client][errors]")
{
    auto kind = [](std::string_view type, int status) {
        ng::http_headers h{{"x-amzn-errortype", std::string(type)}};
        auto r = ng::parse_response<ng::CancelImportTask>(status, h, R"({"message":"m"})");
        REQUIRE_FALSE(r);
        return ng::retryable(r.error());
    };
    CHECK(kind("ThrottlingException", 429) == ng::retry_kind::throttling);
    CHECK(kind("InternalServerException", 500) == ng::retry_kind::transient);
    CHECK(kind("ValidationException", 400) == ng::retry_kind::none);
    CHECK(kind("ConflictException", 409) == ng::retry_kind::none);
    CHECK(kind("ResourceNotFoundException", 404) == ng::retry_kind::none);
    CHECK(kind("ServiceUnavailable", 503) == ng::retry_kind::none);
}

TEST_CASE("an operation's result throws service_exception from value()", "[http][client][errors]")
{
    ng::http_headers h{{"x-amzn-errortype", "ResourceNotFoundException"}};
    auto r = ng::parse_response<ng::GetImportTask>(404, h, R"({"message":"no such task"})");
    CHECK(r.error().what() == "ResourceNotFoundException (404): no such task");
    try
    {
        (void)r.value();
        FAIL("value() did not throw");
    }
    catch(ng::service_exception const& e)
    {
        CHECK(e.error().is<ng::ResourceNotFoundException>());
        CHECK(std::string(e.what()) == "ResourceNotFoundException (404): no such task");
    }
}

// ---------------------------------------------------------------------------
// Server side: routing

TEST_CASE("route finds the operation and reads its input", "[http][server]")
{
    SECTION("GET /importtasks/{taskIdentifier} is GetImportTask")
    {
        auto r = call("GET", "/importtasks/t-0123456789");
        REQUIRE(r);
        REQUIRE(r->index() == 1);
        CHECK(boost::variant2::get<ng::GetImportTaskInput>(*r).taskIdentifier == task_id);
    }
    SECTION("DELETE /importtasks/{taskIdentifier} is CancelImportTask")
    {
        auto r = call("DELETE", "/importtasks/t-0123456789");
        REQUIRE(r);
        REQUIRE(r->index() == 0);
        CHECK(boost::variant2::get<ng::CancelImportTaskInput>(*r).taskIdentifier == task_id);
    }
    SECTION("GET /importtasks is ListImportTasks")
    {
        auto in = list_input("/importtasks");
        CHECK_FALSE(in.nextToken);
        CHECK_FALSE(in.maxResults);
        in = list_input("/importtasks?");
        CHECK_FALSE(in.maxResults);
    }
    SECTION("a query string on an operation without query members is ignored")
    {
        auto r = call("GET", "/importtasks/t-0123456789?maxResults=abc&nextToken=%ZZ");
        REQUIRE(r);
        CHECK(r->index() == 1);
    }
    SECTION("value() throws refused_request carrying the response")
    {
        try
        {
            (void)call("GET", "/nowhere").value();
            FAIL("value() did not throw");
        }
        catch(ng::refused_request const& e)
        {
            CHECK(e.response().status == 404);
        }
    }
}

TEST_CASE("a request no operation matches is a 404 UnknownOperationException", "[http][server]")
{
    check_unknown_route("PUT", "/importtasks");
    check_unknown_route("POST", "/importtasks/t-0123456789");
    check_unknown_route("PUT", "/importtasks/t-0123456789");
    check_unknown_route("get", "/importtasks");                    // methods are case-sensitive
    check_unknown_route("GET", "/ImportTasks");                    // so are literal segments
    check_unknown_route("GET", "/import%74asks");                  // matched as sent, not decoded
    check_unknown_route("GET", "/importtasks/t-0123456789/");      // trailing slash
    check_unknown_route("GET", "/importtasks/");                   // empty label (or List with a slash)
    check_unknown_route("GET", "/importtasks//");
    check_unknown_route("GET", "/importtasks/t-0123456789/extra"); // extra segment
    check_unknown_route("GET", "/importtasks/a/b");
    check_unknown_route("GET", "//importtasks");
    check_unknown_route("GET", "/importtasks/./t-0123456789");
    check_unknown_route("GET", "/");
    check_unknown_route("GET", "");
    check_unknown_route("GET", "importtasks");
    check_unknown_route("GET", "http://localhost/importtasks");     // absolute form
    check_unknown_route("GET", "*");
    check_unknown_route("", "/importtasks");

    SECTION("the message names what was asked, made printable")
    {
        auto r = call("GET", "/x\x01\xFF\"y?q=1");
        REQUIRE_FALSE(r);
        auto body = boost::json::parse(r.error().body);
        CHECK(body.at("message").as_string() == R"(No operation matches 'GET' '/x\x01\xFF"y')");
    }
    SECTION("a client reads it as an unmodeled error")
    {
        auto r = call("PATCH", "/importtasks");
        REQUIRE_FALSE(r);
        auto c = ng::parse_response<ng::ListImportTasks>(r.error());
        REQUIRE_FALSE(c);
        auto const c_err = c.error();
        auto const* u = c_err.get_if<ng::unmodeled_error>();
        REQUIRE(u);
        CHECK(u->status == 404);
        CHECK(u->type == "UnknownOperationException");
        CHECK(u->message == "No operation matches 'PATCH' '/importtasks'");
    }
}

TEST_CASE("a label is percent-decoded before it is validated", "[http][server][labels]")
{
    SECTION("escapes in either case")
    {
        for(auto target : {"/importtasks/t%2D0123456789", "/importtasks/%74%2d%30123456789"})
        {
            auto r = call("GET", target);
            REQUIRE(r);
            CHECK(boost::variant2::get<ng::GetImportTaskInput>(*r).taskIdentifier == task_id);
        }
    }
    SECTION("an escaped slash stays inside the label, and fails its pattern")
    {
        check_violation("GET", "/importtasks/t-01234%2F6789", "taskIdentifier");
    }
    SECTION("a label that does not match t-[a-z0-9]{10} as a whole")
    {
        auto e = refused(call("DELETE", "/importtasks/t-12"));
        CHECK(*e.reason == ng::ValidationExceptionReason::CONSTRAINT_VIOLATION);
        CHECK_THAT(e.message, StartsWith("1 validation error detected: "));
        CHECK_THAT(e.message, Contains("'t-12'"));
        CHECK_THAT(e.message, Contains("'taskIdentifier'"));
        CHECK_THAT(e.message, Contains("t-[a-z0-9]{10}"));
        check_violation("GET", "/importtasks/T-0123456789", "taskIdentifier");
        check_violation("GET", "/importtasks/t-0123456789x", "taskIdentifier");
        check_violation("GET", "/importtasks/xt-0123456789", "taskIdentifier");
        check_violation("GET", "/importtasks/t-01234%0A6789", "taskIdentifier");
    }
}

TEST_CASE("a label that cannot be decoded is a BAD_REQUEST", "[http][server][labels]")
{
    check_bad_request("GET", "/importtasks/t-%", "has a malformed percent-escape at byte 2");
    check_bad_request("GET", "/importtasks/t-%2", "has a malformed percent-escape at byte 2");
    check_bad_request("GET", "/importtasks/%ZZ0123456789", "has a malformed percent-escape at byte 0");
    check_bad_request("GET", "/importtasks/t-%g00123456789", "malformed percent-escape");
    check_bad_request("GET", "/importtasks/t-%%30", "malformed percent-escape");
    check_bad_request("DELETE", "/importtasks/t-0123456789%00", "holds a NUL byte");
    check_bad_request("GET", "/importtasks/t-%FF", "is not valid UTF-8 once percent-decoded");
    check_bad_request("GET", "/importtasks/t-%C3%28", "is not valid UTF-8");          // bad continuation
    check_bad_request("GET", "/importtasks/t-%C0%AF", "is not valid UTF-8");          // overlong '/'
    check_bad_request("GET", "/importtasks/t-%ED%A0%80", "is not valid UTF-8");       // surrogate
    check_bad_request("GET", "/importtasks/t-%F4%90%80%80", "is not valid UTF-8");    // past U+10FFFF
    check_bad_request("GET", "/importtasks/t-%E2%82", "is not valid UTF-8");          // truncated

    SECTION("the message quotes what was sent, still encoded, and names the member")
    {
        auto e = refused(call("GET", "/importtasks/t-%ZZ"));
        CHECK(e.message == "1 validation error detected: Value 't-%ZZ' at 'taskIdentifier' "
                           "has a malformed percent-escape at byte 2");
    }
    SECTION("raw bytes that are not printable are shown escaped, so the message stays UTF-8")
    {
        auto e = refused(call("GET", "/importtasks/t-\xFF\x01"));
        CHECK_THAT(e.message, Contains(R"(Value 't-\xFF\x01' at 'taskIdentifier')"));
    }
    SECTION("a very long value is shown cut short")
    {
        std::string target = "/importtasks/" + std::string(5000, 'a') + "%ZZ";
        auto e = refused(call("GET", target));
        CHECK(e.message.size() < 300);
        CHECK_THAT(e.message, Contains("'... at 'taskIdentifier' has a malformed percent-escape at byte 5000"));
    }
}

TEST_CASE("maxResults is a decimal integer from 1 to 100", "[http][server][query]")
{
    SECTION("accepted")
    {
        CHECK(list_input("/importtasks?maxResults=1").maxResults == 1);
        CHECK(list_input("/importtasks?maxResults=100").maxResults == 100);
        CHECK(list_input("/importtasks?maxResults=007").maxResults == 7);
        CHECK(list_input("/importtasks?maxResults=%35%30").maxResults == 50);  // escaped digits
    }
    SECTION("a decimal integer of Integer outside 1..100: CONSTRAINT_VIOLATION")
    {
        check_violation("GET", "/importtasks?maxResults=0", "maxResults");
        check_violation("GET", "/importtasks?maxResults=-1", "maxResults");
        check_violation("GET", "/importtasks?maxResults=-0", "maxResults");
        check_violation("GET", "/importtasks?maxResults=101", "maxResults");
        check_violation("GET", "/importtasks?maxResults=2147483647", "maxResults");
        check_violation("GET", "/importtasks?maxResults=-2147483648", "maxResults");
        auto e = refused(call("GET", "/importtasks?maxResults=101"));
        CHECK_THAT(e.message, Contains("101"));
        CHECK_THAT(e.message, Contains("100"));
    }
    SECTION("not a decimal integer, or not an Integer: BAD_REQUEST")
    {
        check_bad_request("GET", "/importtasks?maxResults=abc", "Value 'abc' at 'maxResults' is not a decimal integer");
        check_bad_request("GET", "/importtasks?maxResults=1.5", "Value '1.5' at 'maxResults' is not a decimal integer");
        check_bad_request("GET", "/importtasks?maxResults=1e2", "is not a decimal integer");
        check_bad_request("GET", "/importtasks?maxResults=0x10", "is not a decimal integer");
        check_bad_request("GET", "/importtasks?maxResults=+5", "Value '+5' at 'maxResults' is not a decimal integer");
        check_bad_request("GET", "/importtasks?maxResults=%2B5", "Value '+5' at 'maxResults' is not a decimal integer");
        check_bad_request("GET", "/importtasks?maxResults=%205", "Value ' 5' at 'maxResults' is not a decimal integer");
        check_bad_request("GET", "/importtasks?maxResults=5%20", "is not a decimal integer");
        check_bad_request("GET", "/importtasks?maxResults=-", "is not a decimal integer");
        check_bad_request("GET", "/importtasks?maxResults=", "Value '' at 'maxResults' is not a decimal integer");
        check_bad_request("GET", "/importtasks?maxResults", "Value '' at 'maxResults' is not a decimal integer");
        check_bad_request("GET", "/importtasks?maxResults=99999999999999999999",
                          "Value '99999999999999999999' at 'maxResults' is out of range for a 32-bit integer");
        check_bad_request("GET", "/importtasks?maxResults=2147483648", "is out of range for a 32-bit integer");
        check_bad_request("GET", "/importtasks?maxResults=-2147483649", "is out of range for a 32-bit integer");
        check_bad_request("GET", "/importtasks?maxResults=999999999999999999999999999999x", "is not a decimal integer");
        check_bad_request("GET", "/importtasks?maxResults=%ZZ", "Value '%ZZ' at 'maxResults' has a malformed percent-escape at byte 0");
    }
}

TEST_CASE("nextToken is opaque text of 1 to 8192 characters", "[http][server][query]")
{
    SECTION("decoded; '+' is a plus sign, not a space")
    {
        CHECK(list_input("/importtasks?nextToken=a+b%2Bc%20d").nextToken == "a+b+c d");
        CHECK(list_input("/importtasks?nextToken=%C3%A9").nextToken == "\xC3\xA9");
        CHECK(list_input("/importtasks?nextToken=a=b").nextToken == "a=b");  // only the first '=' splits
    }
    SECTION("8192 characters, counted as code points")
    {
        CHECK(list_input("/importtasks?nextToken=" + std::string(8192, 'x')).nextToken->size() == 8192);
        std::string e_acute;
        for(int i = 0; i < 8192; ++i)
            e_acute += "%C3%A9";
        CHECK(list_input("/importtasks?nextToken=" + e_acute).nextToken->size() == 2 * 8192);
    }
    SECTION("empty or too long: CONSTRAINT_VIOLATION")
    {
        check_violation("GET", "/importtasks?nextToken=", "nextToken");
        check_violation("GET", "/importtasks?nextToken", "nextToken");
        check_violation("GET", "/importtasks?nextToken=" + std::string(8193, 'x'), "nextToken");
    }
    SECTION("undecodable: BAD_REQUEST")
    {
        check_bad_request("GET", "/importtasks?nextToken=%00", "Value '%00' at 'nextToken' holds a NUL byte");
        check_bad_request("GET", "/importtasks?nextToken=ab%C3", "Value 'ab%C3' at 'nextToken' is not valid UTF-8");
        check_bad_request("GET", "/importtasks?nextToken=%4", "malformed percent-escape at byte 0");
    }
}

TEST_CASE("query parameters: names decoded, unknown ones ignored, repeats refused", "[http][server][query]")
{
    SECTION("unknown parameters are ignored, even with values that do not decode")
    {
        auto in = list_input("/importtasks?foo=bar&maxResults=5&x&y=%ZZ&maxresults=abc");
        CHECK(in.maxResults == 5);
        CHECK_FALSE(in.nextToken);
    }
    SECTION("empty pieces are skipped")
    {
        CHECK(list_input("/importtasks?&&maxResults=5&").maxResults == 5);
        CHECK(list_input("/importtasks?=5&maxResults=6").maxResults == 6);
    }
    SECTION("a name is percent-decoded before it is matched")
    {
        CHECK(list_input("/importtasks?max%52esults=9").maxResults == 9);
    }
    SECTION("a name that does not decode is a BAD_REQUEST")
    {
        check_bad_request("GET", "/importtasks?%ZZ=1", "Query parameter name '%ZZ' has a malformed percent-escape");
        check_bad_request("GET", "/importtasks?a%00=1", "Query parameter name 'a%00' holds a NUL byte");
    }
    SECTION("a parameter given twice is a BAD_REQUEST, even with equal values")
    {
        check_bad_request("GET", "/importtasks?maxResults=5&maxResults=5",
                          "Query parameter 'maxResults' is given 2 times; it takes one value");
        check_bad_request("GET", "/importtasks?nextToken=a&nextToken=b&maxResults=2&nextToken=c",
                          "Query parameter 'nextToken' is given 3 times");
        check_bad_request("GET", "/importtasks?max%52esults=1&maxResults=2",
                          "Query parameter 'maxResults' is given 2 times");
    }
    SECTION("every unreadable value is reported, in binding order")
    {
        auto e = refused(call("GET", "/importtasks?maxResults=abc&nextToken=%ZZ"));
        CHECK(*e.reason == ng::ValidationExceptionReason::BAD_REQUEST);
        CHECK(e.message ==
              "2 validation errors detected: "
              "Value '%ZZ' at 'nextToken' has a malformed percent-escape at byte 0; "
              "Value 'abc' at 'maxResults' is not a decimal integer");
    }
    SECTION("past ten unreadable values, the message counts the rest")
    {
        // 2,000 bad names in a 6 KB query: the answer stays small.
        std::string target = "/importtasks?";
        for(int i = 0; i < 2000; ++i)
            target += "%Z=1&";
        auto e = refused(call("GET", target));
        CHECK(*e.reason == ng::ValidationExceptionReason::BAD_REQUEST);
        CHECK_THAT(e.message, StartsWith("2000 validation errors detected: "
                                         "Query parameter name '%Z' has a malformed percent-escape"));
        CHECK_THAT(e.message, EndsWith("; and 1990 more"));
        CHECK(e.message.size() < 1000);

        auto ten = refused(call("GET", "/importtasks?%1=&%2=&%3=&%4=&%5=&%6=&%7=&%8=&%9=&%0="));
        CHECK_THAT(ten.message, StartsWith("10 validation errors detected: "));
        CHECK_THAT(ten.message, EndsWith("Query parameter name '%0' has a malformed percent-escape at byte 0"));
    }
    SECTION("every constraint violation is reported")
    {
        auto e = refused(call("GET", "/importtasks?maxResults=0&nextToken="));
        CHECK(*e.reason == ng::ValidationExceptionReason::CONSTRAINT_VIOLATION);
        CHECK_THAT(e.message, StartsWith("2 validation errors detected: "));
        CHECK_THAT(e.message, Contains("'nextToken'"));
        CHECK_THAT(e.message, Contains("'maxResults'"));
    }
    SECTION("unreadable values come before constraints: only they are reported")
    {
        auto e = refused(call("GET", "/importtasks?maxResults=abc&nextToken="));
        CHECK(*e.reason == ng::ValidationExceptionReason::BAD_REQUEST);
        CHECK_THAT(e.message, StartsWith("1 validation error detected: "));
    }
}

// ---------------------------------------------------------------------------
// Server side: responses

TEST_CASE("make_response: 200, JSON, the encoded output", "[http][server]")
{
    auto out = sample_task();
    auto r = ng::make_response<ng::GetImportTask>(out);
    REQUIRE(r);
    CHECK(r->status == 200);
    CHECK(header(r->headers, "content-type") == "application/json");
    CHECK(header(r->headers, "x-amzn-errortype") == "<absent>");
    CHECK(r->body == ng::encode(out).value());
    auto back = ng::parse_response<ng::GetImportTask>(*r);
    REQUIRE(back);
    CHECK(*back == out);

    SECTION("an unknown union member needs pass-through, as encode does")
    {
        out.importOptions = ng::ImportOptions{ng::unknown_member{"s3", R"({"bucket":"b"})"}};
        auto refused_encode = ng::make_response<ng::GetImportTask>(out);
        REQUIRE_FALSE(refused_encode);
        CHECK(refused_encode.error().code == ng::errc::unknown_union_member);
        CHECK(refused_encode.error().path == "$.importOptions");
        ng::encode_options pass;
        pass.pass_through_unknown = true;
        auto passed = ng::make_response<ng::GetImportTask>(out, pass);
        REQUIRE(passed);
        CHECK_THAT(passed->body, Contains(R"("importOptions":{"s3":{"bucket":"b"}})"));
        auto client = ng::parse_response<ng::GetImportTask>(*passed);
        REQUIRE(client);
        CHECK(client->importOptions->is_unknown());
        CHECK(client->importOptions->tag() == "s3");
    }
}

TEST_CASE("make_error_response: the error's status, type header and body, read back by a client",
          "[http][server][errors]")
{
    auto round_trip = [](auto const& e, int status, std::string_view name) {
        using E = std::decay_t<decltype(e)>;
        auto r = ng::make_error_response(e);
        REQUIRE(r);
        CHECK(r->status == status);
        CHECK(header(r->headers, "x-amzn-errortype") == name);
        CHECK(header(r->headers, "content-type") == "application/json");
        CHECK(r->body == ng::encode(e).value());
        auto c = ng::parse_response<ng::CancelImportTask>(*r);
        REQUIRE_FALSE(c);
        auto const c_err = c.error();
        auto const* back = c_err.template get_if<E>();
        REQUIRE(back);
        CHECK(*back == e);
        CHECK(c.error().status() == status);
        CHECK(c.error().name() == name);
    };
    round_trip(ng::ThrottlingException{"Rate exceeded"}, 429, "ThrottlingException");
    round_trip(ng::ValidationException{"bad", ng::ValidationExceptionReason::BAD_REQUEST}, 400,
               "ValidationException");
    round_trip(ng::ConflictException{"finished", ng::ConflictExceptionReason::CONCURRENT_MODIFICATION}, 409,
               "ConflictException");
    round_trip(ng::InternalServerException{"oops"}, 500, "InternalServerException");
    round_trip(ng::ResourceNotFoundException{"Task t-0123456789 not found"}, 404, "ResourceNotFoundException");

    SECTION("a message that is not UTF-8 is the codec's error")
    {
        auto r = ng::make_error_response(ng::ResourceNotFoundException{"\xFF"});
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ng::errc::invalid_utf8);
        CHECK(r.error().path == "$.message");
    }
}

// ---------------------------------------------------------------------------
// Request bodies of the operations that start a task

namespace {

ng::route_result<ng::operations> post(std::string_view target, std::string_view body)
{
    return ng::route<ng::operations>("POST", target, body);
}

constexpr char const* create_graph =
    R"({"graphName":"my-graph","tags":{"team":"data","x/y=z:1":"c"},"publicConnectivity":false,)"
    R"("vectorSearchConfiguration":{"dimension":384},"replicaCount":0,)"
    R"("importOptions":{"neptune":{"s3ExportPath":"s3://b/p","s3ExportKmsKeyId":"k"}},)"
    R"("minProvisionedMemory":16,"maxProvisionedMemory":128,"failOnError":true,)"
    R"("source":"s3://bucket/data/","format":"CSV","blankNodeHandling":"convertToIri",)"
    R"("roleArn":"arn:aws:iam::123456789012:role/Import"})";

// The body of create_graph with `member` replaced by `value` (raw JSON).
std::string with(std::string_view member, std::string_view value)
{
    auto o = boost::json::parse(create_graph).as_object();
    o[member] = boost::json::parse(value);
    return boost::json::serialize(o);
}

std::string refusal(std::string const& body, ng::ValidationExceptionReason reason)
{
    auto const e = refused(post("/importtasks", body));
    CHECK(*e.reason == reason);
    return e.message;
}

} // namespace

TEST_CASE("a request body is read into the operation's input, labels and body together", "[http][server][body]")
{
    auto r = post("/importtasks", create_graph);
    REQUIRE(r.has_value());
    REQUIRE(r->index() == 4);
    auto const& in = boost::variant2::get<ng::CreateGraphUsingImportTaskInput>(*r);
    CHECK(in.graphName == "my-graph");
    CHECK(in.tags == ng::TagMap{{"team", "data"}, {"x/y=z:1", "c"}});
    REQUIRE(in.vectorSearchConfiguration);
    CHECK(in.vectorSearchConfiguration->dimension == 384);
    CHECK(in.replicaCount == 0);
    CHECK(in.blankNodeHandling == ng::BlankNodeHandling::convertToIri);
    REQUIRE(in.importOptions);
    CHECK(in.importOptions->tag() == "neptune");

    // The same input makes the same request, whose body reads back equal.
    auto req = ng::make_request<ng::CreateGraphUsingImportTask>(in);
    REQUIRE(req.has_value());
    CHECK(req->method == "POST");
    CHECK(req->target == "/importtasks");
    CHECK(boost::json::parse(req->body) == boost::json::parse(create_graph));  // tags in key order: JSON-equal

    SECTION("StartImportTask: the graph from the path, the rest from the body")
    {
        auto s = post("/graphs/g-0123456789/importtasks",
                      R"({"source":"s3://b/","roleArn":"arn:aws:iam::123456789012:role/R","graphIdentifier":"g-9999999999"})");
        REQUIRE(s.has_value());
        auto const& si = boost::variant2::get<ng::StartImportTaskInput>(*s);
        CHECK(si.graphIdentifier == "g-0123456789");  // a label in the body is an unknown key
        CHECK(si.source == "s3://b/");
        CHECK(si.roleArn == "arn:aws:iam::123456789012:role/R");
    }
    SECTION("StartExportTask: everything in the body, maps of structures of maps")
    {
        auto s = post("/exporttasks",
                      R"({"graphIdentifier":"g-0123456789","roleArn":"arn:aws:iam::123456789012:role/R",)"
                      R"("format":"PARQUET","destination":"s3://b/out","parquetType":"COLUMNAR",)"
                      R"("kmsKeyIdentifier":"arn:aws:kms:us-east-1:123456789012:key/0123456789abcdef0123456789abcdef0123",)"
                      R"("exportFilter":{"vertexFilter":{"person":{"properties":{"name":{"outputType":"String",)"
                      R"("sourcePropertyName":"name","multiValueHandling":"TO_LIST"}}}}}})");
        REQUIRE(s.has_value());
        auto const& se = boost::variant2::get<ng::StartExportTaskInput>(*s);
        REQUIRE(se.exportFilter);
        auto const& props = *se.exportFilter->vertexFilter->at("person").properties;
        CHECK(props.at("name").multiValueHandling == ng::MultiValueHandlingType::TO_LIST);
    }
}

TEST_CASE("malformed request bodies are 400s that say what is wrong", "[http][server][body]")
{
    using R = ng::ValidationExceptionReason;
    SECTION("wrong JSON types, cut-short bodies, not an object: BAD_REQUEST")
    {
        CHECK(refusal(with("replicaCount", "\"1\""), R::BAD_REQUEST) ==
              "1 validation error detected: Invalid value at 'replicaCount': expected an integer, got a string");
        CHECK(refusal(with("tags", "[]"), R::BAD_REQUEST) ==
              "1 validation error detected: Invalid value at 'tags': expected an object, got an array");
        CHECK(refusal(with("tags", R"({"a":1})"), R::BAD_REQUEST) ==
              "1 validation error detected: Invalid value at 'tags.a': expected a string, got a number");
        CHECK(refusal(std::string(create_graph).substr(0, 40), R::BAD_REQUEST).find("unexpected end of input") !=
              std::string::npos);
        CHECK(refusal("[1]", R::BAD_REQUEST).find("expected an object, got an array") != std::string::npos);
        CHECK(refusal(R"({"graphName":"x","graphName":"y"})", R::BAD_REQUEST).find("duplicate key 'graphName'") !=
              std::string::npos);
    }
    SECTION("integers outside their type: BAD_REQUEST; outside their range: CONSTRAINT_VIOLATION")
    {
        CHECK(refusal(with("replicaCount", "2147483648"), R::BAD_REQUEST) ==
              "1 validation error detected: Invalid value at 'replicaCount': 2147483648 is out of range for a "
              "32-bit integer");
        CHECK(refusal(with("replicaCount", "3"), R::CONSTRAINT_VIOLATION) ==
              "1 validation error detected: Value '3' at 'replicaCount' failed to satisfy constraint: Member must "
              "have value less than or equal to 2");
        CHECK(refusal(with("maxProvisionedMemory", "15"), R::CONSTRAINT_VIOLATION)
                  .find("Value '15' at 'maxProvisionedMemory' failed to satisfy constraint: Member must have value "
                        "greater than or equal to 16") != std::string::npos);
        CHECK(refusal(with("vectorSearchConfiguration", R"({"dimension":65537})"), R::CONSTRAINT_VIOLATION)
                  .find("at 'vectorSearchConfiguration.dimension'") != std::string::npos);
    }
    SECTION("unions with no member, two members, or one this version does not know")
    {
        CHECK(refusal(with("importOptions", "{}"), R::BAD_REQUEST) ==
              "1 validation error detected: Invalid value at 'importOptions': ImportOptions must have exactly one "
              "member set");
        CHECK(refusal(with("importOptions", R"({"neptune":{"s3ExportPath":"p","s3ExportKmsKeyId":"k"},"s3":{}})"),
                      R::BAD_REQUEST)
                  .find("ImportOptions must have exactly one member set, found 'neptune' and 's3'") !=
              std::string::npos);
        CHECK(refusal(with("importOptions", R"({"s3":{"path":"p"}})"), R::CONSTRAINT_VIOLATION) ==
              "1 validation error detected: Value 's3' at 'importOptions' failed to satisfy constraint: Member must "
              "satisfy union member set: [neptune]");
    }
    SECTION("tags: too many, a key too long or outside its pattern, a value too long")
    {
        std::string many = "{";
        for(int i = 0; i < 51; ++i)
            many += (i ? ",\"k" : "\"k") + std::to_string(i) + "\":\"v\"";
        many += "}";
        CHECK(refusal(with("tags", many), R::CONSTRAINT_VIOLATION) ==
              "1 validation error detected: Value at 'tags' failed to satisfy constraint: Member must have length "
              "less than or equal to 50");
        std::string const long_key = "{\"" + std::string(129, 'k') + "\":\"v\"}";
        CHECK(refusal(with("tags", long_key), R::CONSTRAINT_VIOLATION)
                  .find("Member must have length less than or equal to 128") != std::string::npos);
        CHECK(refusal(with("tags", R"({"bad key!":"v"})"), R::CONSTRAINT_VIOLATION)
                  .find("Member must satisfy regular expression pattern: [a-zA-Z+-=._:/]+") != std::string::npos);
        CHECK(refusal(with("tags", "{\"k\":\"" + std::string(257, 'v') + "\"}"), R::CONSTRAINT_VIOLATION)
                  .find("Member must have length less than or equal to 256") != std::string::npos);
    }
    SECTION("a graph name: the pattern, its lookahead, its length")
    {
        for(char const* name : {"g-0123456789", "My-graph", "a--b", "1abc", ""})
        {
            INFO(name);
            CHECK(refusal(with("graphName", "\"" + std::string(name) + "\""), R::CONSTRAINT_VIOLATION)
                      .find("at 'graphName' failed to satisfy constraint: Member must satisfy regular expression "
                            "pattern: (?!g-)[a-z][a-z0-9]*(-[a-z0-9]+)*") != std::string::npos);
        }
        CHECK(refusal(with("graphName", "\"" + std::string(64, 'a') + "\""), R::CONSTRAINT_VIOLATION)
                  .find("Member must have length less than or equal to 63") != std::string::npos);
        CHECK(post("/importtasks", with("graphName", "\"g1-x\"")).has_value());
    }
    SECTION("absent required members, every one of them")
    {
        CHECK(refusal("{}", R::CONSTRAINT_VIOLATION) ==
              "3 validation errors detected: Value null at 'graphName' failed to satisfy constraint: Member must "
              "not be null; Value null at 'source' failed to satisfy constraint: Member must not be null; Value "
              "null at 'roleArn' failed to satisfy constraint: Member must not be null");
        auto e = refused(post("/exporttasks", R"({"graphIdentifier":"g-0123456789"})"));
        CHECK(e.message.rfind("4 validation errors detected: Value null at 'roleArn'", 0) == 0);
    }
}

// ---------------------------------------------------------------------------
// Every operation, both ways

namespace {

// A valid input of each operation, as a client would send it.
template <class Input> Input valid_input();
template <> ng::CancelImportTaskInput valid_input() { return {"t-0123456789"}; }
template <> ng::GetImportTaskInput valid_input() { return {"t-0123456789"}; }
template <> ng::ListImportTasksInput valid_input() { return {std::string("token/+="), 25}; }
template <> ng::StartImportTaskInput valid_input()
{
    ng::StartImportTaskInput in;
    in.importOptions = ng::ImportOptions{ng::NeptuneImportOptions{"s3://x/", "key", true, std::nullopt}};
    in.failOnError = false;
    in.source = "s3://bucket/data/";
    in.format = ng::Format::NTRIPLES;
    in.blankNodeHandling = ng::BlankNodeHandling::convertToIri;
    in.graphIdentifier = "g-0123456789";
    in.roleArn = "arn:aws:iam::123456789012:role/Import";
    return in;
}
template <> ng::CreateGraphUsingImportTaskInput valid_input()
{
    auto r = ng::decode<ng::CreateGraphUsingImportTaskInput>(create_graph);
    REQUIRE(r.has_value());
    return *r;
}
template <> ng::StartExportTaskInput valid_input()
{
    ng::StartExportTaskInput in;
    in.graphIdentifier = "g-0123456789";
    in.roleArn = "arn:aws:iam::123456789012:role/Export";
    in.format = ng::ExportFormat::PARQUET;
    in.destination = "s3://bucket/out/";
    in.kmsKeyIdentifier = "arn:aws:kms:us-east-1:123456789012:key/0123456789abcdef0123456789abcdef0123";
    in.parquetType = ng::ParquetType::COLUMNAR;
    ng::ExportFilterElement person;
    person.properties = std::map<std::string, ng::ExportFilterPropertyAttributes>{
        {"name", {std::string("String"), std::string("fullName"), ng::MultiValueHandlingType::PICK_FIRST}}};
    in.exportFilter = ng::ExportFilter{std::map<std::string, ng::ExportFilterElement>{{"person", person}},
                                       std::map<std::string, ng::ExportFilterElement>{}};
    in.tags = ng::TagMap{{"k", ""}};
    return in;
}
template <> ng::GetExportTaskInput valid_input() { return {"t-0123456789"}; }
template <> ng::CancelExportTaskInput valid_input() { return {"t-0123456789"}; }
template <> ng::ListExportTasksInput valid_input() { return {std::string("g-0123456789"), std::nullopt, 100}; }

} // namespace

TEMPLATE_LIST_TEST_CASE("each operation: its request routes back to its input, its answers read back",
                        "[http][operations]", ng::operations)
{
    using Op = TestType;
    using input = typename Op::input;
    using output = typename Op::output;
    INFO(Op::name);
    input const in = valid_input<input>();
    ng::validate_options strict;
    strict.strict = true;
    REQUIRE(ng::validate(in, strict).empty());

    auto req = ng::make_request<Op>(in);
    REQUIRE(req.has_value());
    CHECK(req->method == Op::method);
    CHECK(req->body.empty() == (ng::body_members<input>() == 0));
    auto r = ng::route<ng::operations>(req->method, req->target, req->body);
    REQUIRE(r.has_value());
    CHECK(r->index() == boost::mp11::mp_find<ng::operations, Op>::value);
    CHECK(boost::variant2::get<input>(*r) == in);

    // Outputs: seeded random values (unknown enum values and union members
    // included), through the response form and back.
    std::mt19937_64 rng(0x5eed + boost::mp11::mp_find<ng::operations, Op>::value);
    ng::encode_options pass;
    pass.pass_through_unknown = true;
    for(int i = 0; i < 20; ++i)
    {
        output const out = neptune_graph_test::random_value<output>(rng);
        auto resp = ng::make_response<Op>(out, pass);
        REQUIRE(resp.has_value());
        CHECK(resp->status == Op::success_status);
        auto back = ng::parse_response<Op>(*resp);
        REQUIRE(back.has_value());
        CHECK(*back == out);
    }

    // Errors: every one the operation models arrives as itself.
    boost::mp11::mp_for_each<boost::mp11::mp_transform<boost::mp11::mp_identity, typename Op::errors>>([&](auto I) {
        using E = typename decltype(I)::type;
        E e{};
        e.message = "no";
        auto resp = ng::make_error_response(e);
        REQUIRE(resp.has_value());
        auto back = ng::parse_response<Op>(*resp);
        REQUIRE_FALSE(back.has_value());
        auto const err = back.error();
        CHECK(err.template is<E>());
        CHECK(err.status() == ng::error_binding<E>::status);
        CHECK(err.message() == "no");
    });
}

namespace {

bool same_result(ng::route_result<ng::operations> const& a, ng::route_result<ng::operations> const& b)
{
    if(a.has_value() != b.has_value())
        return false;
    if(a.has_value())
        return *a == *b;
    return a.error().status == b.error().status && a.error().headers == b.error().headers &&
           a.error().body == b.error().body;
}

std::string shown(ng::route_result<ng::operations> const& r)
{
    if(r.has_value())
        return "input of operation " + std::to_string(r->index());
    return std::to_string(r.error().status) + " " + r.error().body;
}

// The body fed to streamed_route whole, in one-byte chunks and cut at every
// byte (with and without its length): what route() gives for the whole body.
void check_streamed(std::string_view method, std::string_view target, std::string_view body,
                    ng::decode_options const& opts = {})
{
    auto const whole = ng::route<ng::operations>(method, target, body, opts);
    std::vector<std::vector<std::size_t>> plans = {{}};
    std::vector<std::size_t> bytes;
    for(std::size_t i = 1; i < body.size(); ++i)
    {
        plans.push_back({i});
        bytes.push_back(i);
    }
    plans.push_back(bytes);
    for(auto const& cuts : plans)
        for(std::size_t hint : {std::size_t(0), body.size()})
        {
            ng::streamed_route<ng::operations> s(method, target, opts, hint);
            bool reading = true;
            std::size_t at = 0;
            for(std::size_t i = 0; i <= cuts.size() && reading; ++i)
            {
                std::size_t const end = i < cuts.size() ? cuts[i] : body.size();
                reading = s.write(body.substr(at, end - at));
                at = end;
            }
            auto const got = s.finish();
            INFO(method << " " << target << " " << body.substr(0, 200));
            INFO("cuts: " << cuts.size() << (cuts.empty() ? 0 : cuts[0]) << ", hint " << hint);
            INFO("route:    " << shown(whole));
            INFO("streamed: " << shown(got));
            REQUIRE(same_result(got, whole));
        }
}

} // namespace

TEST_CASE("streamed_route: a body read as it arrives is answered as route() answers it whole",
          "[http][server][body][stream]")
{
    check_streamed("POST", "/importtasks", create_graph);
    check_streamed("POST", "/importtasks", "");
    check_streamed("POST", "/importtasks", "{}");
    check_streamed("POST", "/graphs/g-0123456789/importtasks",
                   R"({"source":"s3://b/","roleArn":"arn:aws:iam::123456789012:role/R","graphIdentifier":"g-9"})");
    for(std::string const& body :
        {with("replicaCount", "\"1\""), with("tags", R"({"a":1})"), std::string(create_graph).substr(0, 40),
         std::string("[1]"), std::string(R"({"graphName":"x","graphName":"y"})"), with("replicaCount", "3"),
         with("importOptions", "{}"), with("importOptions", R"({"s3":{"path":"p"}})"),
         std::string(R"({"importOptions":{"neptune":{"s3ExportPath":"p","s3ExportKmsKeyId":"k"},"s3"nul)"),
         std::string("{\"graphName\":\"a\xff\"}"), std::string(R"({"graphName":"x"} x)")})
        check_streamed("POST", "/importtasks", body);

    SECTION("answered before the body: no operation, a label or query refused, no body members")
    {
        check_streamed("PUT", "/importtasks", create_graph);
        check_streamed("POST", "/graphs/%zz/importtasks", R"({"source":"s3://b/"})");
        check_streamed("GET", "/importtasks?maxResults=0", "ignored");
        check_streamed("GET", "/importtasks/t-0123456789", "{not json");
        ng::streamed_route<ng::operations> s("GET", "/importtasks/t-0123456789");
        CHECK_FALSE(s.write("{"));
        CHECK(s.finish().has_value());
    }
    SECTION("a body over max_input_size is refused for that, whatever comes before")
    {
        ng::decode_options o;
        o.max_input_size = 64;
        check_streamed("POST", "/importtasks", create_graph, o);
        check_streamed("POST", "/importtasks", std::string("[1,") + std::string(100, ' ') + "]", o);
        check_streamed("POST", "/importtasks", R"({"graphName":"x"})", o);
    }
}
