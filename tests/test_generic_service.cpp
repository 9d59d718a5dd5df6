// The HTTP binding knows no service: a made-up one, described against the
// generic headers alone, is bound, routed and answered by the same machinery.
#include <neptune_graph/error.hpp>
#include <neptune_graph/http/binding.hpp>
#include <neptune_graph/http/invalid_input.hpp>
#include <neptune_graph/http/make_request.hpp>
#include <neptune_graph/http/make_response.hpp>
#include <neptune_graph/http/parse_response.hpp>
#include <neptune_graph/http/route.hpp>
#include <neptune_graph/http/service_error.hpp>
#include <neptune_graph/model/equality.hpp>
#include <neptune_graph/model/open_enum.hpp>
#include <neptune_graph/model/shape_name.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <boost/mp11/list.hpp>
#include <boost/variant2/variant.hpp>

#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#ifdef NEPTUNE_GRAPH_SERVICE_ENUMS_HPP
#error "this test must not see the service's model"
#endif

namespace ng = neptune_graph;
using Catch::Contains;

namespace {
std::string header(ng::http_headers const& h, std::string_view name)
{
    auto v = ng::find_header(h, name);
    return v ? std::string(*v) : std::string("<absent>");
}
} // namespace

// ---------------------------------------------------------------------------
// The machinery is generic: a made-up service with other member types

namespace toy {

using neptune_graph::operator==;

enum class Format { CSV, OPEN_CYPHER };
BOOST_DESCRIBE_ENUM(Format, CSV, OPEN_CYPHER)  // member-wise equality of described structs, found by ADL

struct PartInput
{
    std::string thing;
    std::string part;
    std::optional<bool> deep;
    std::optional<std::int64_t> since;
    std::optional<ng::open_enum<Format>> format;
};
BOOST_DESCRIBE_STRUCT(PartInput, (), (thing, part, deep, since, format))

struct PartOutput
{
    std::string name;
};
BOOST_DESCRIBE_STRUCT(PartOutput, (), (name))

struct BadInput
{
    std::string message;
};
BOOST_DESCRIBE_STRUCT(BadInput, (), (message))

} // namespace toy

namespace neptune_graph {
template <> struct shape_name<toy::BadInput> { static constexpr std::string_view value = "BadInput"; };
template <> struct error_binding<toy::BadInput>
{
    static constexpr int status = 422;
    static constexpr error_fault fault = error_fault::client;
    static constexpr retry_kind retry = retry_kind::none;
};
template <> struct http_bindings<toy::PartInput>
{
    static constexpr auto value = std::make_tuple(
        http_label(&toy::PartInput::thing, "thingId"), http_label(&toy::PartInput::part, "part"),
        http_query(&toy::PartInput::deep, "recursive"), http_query(&toy::PartInput::since, "since"),
        http_query(&toy::PartInput::format, "fmt"));
};
using toy_error = basic_service_error<boost::mp11::mp_list<toy::BadInput>>;
template <> struct invalid_input<toy_error>
{
    static toy::BadInput bad_request(std::string m) { return {"bad request: " + m}; }
    static toy::BadInput constraint_violation(std::vector<error> const& v) { return {"violations: " + std::to_string(v.size())}; }
};
} // namespace neptune_graph

namespace toy {

struct GetPart
{
    using input = PartInput;
    using output = PartOutput;
    using error_type = ng::toy_error;
    using errors = boost::mp11::mp_list<BadInput>;
    static constexpr std::string_view name = "GetPart";
    static constexpr std::string_view method = "GET";
    static constexpr std::string_view uri = "/things/{thingId}/parts/{part}";
    static constexpr int success_status = 200;
};

struct GetSpecialPart
{
    using input = PartOutput;  // any distinct type; no bindings means no members may exist
    using output = PartOutput;
    using error_type = ng::toy_error;
    using errors = boost::mp11::mp_list<BadInput>;
    static constexpr std::string_view method = "GET";
    static constexpr std::string_view uri = "/things/special/parts/main";
    static constexpr int success_status = 200;
};

} // namespace toy

namespace neptune_graph {
template <> struct http_bindings<toy::PartOutput>
{
    static constexpr auto value = std::make_tuple(http_query(&toy::PartOutput::name, "name"));
};
} // namespace neptune_graph

TEST_CASE("the binder works for any operation described as data", "[http][generic]")
{
    using ops = boost::mp11::mp_list<toy::GetPart, toy::GetSpecialPart>;
    toy::PartInput in;
    in.thing = "a b";
    in.part = "c/d";
    in.deep = true;
    in.since = -9000000000;
    in.format = toy::Format::OPEN_CYPHER;
    auto req = ng::make_request<toy::GetPart>(in);
    REQUIRE(req.has_value());
    CHECK(req->target == "/things/a%20b/parts/c%2Fd?recursive=true&since=-9000000000&fmt=OPEN_CYPHER");

    auto r = ng::route<ops>("GET", req->target);
    REQUIRE(r.has_value());
    REQUIRE(r->index() == 0);
    CHECK(boost::variant2::get<toy::PartInput>(*r) == in);

    SECTION("errors name the member, not the label or parameter")
    {
        toy::PartInput bad = in;
        bad.thing = "";
        auto empty = ng::make_request<toy::GetPart>(bad);
        REQUIRE_FALSE(empty.has_value());
        CHECK(empty.error().path == "$.thing");  // label {thingId}
        bad.thing = "x";
        bad.format = ng::open_enum<toy::Format>::from_string(std::string("A\0", 2));
        auto nul = ng::make_request<toy::GetPart>(bad);
        REQUIRE_FALSE(nul.has_value());
        CHECK(nul.error().path == "$.format");  // parameter fmt
        CHECK(nul.error().code == ng::http_errc::nul_byte);
    }
    SECTION("literal segments beat labels")
    {
        auto s = ng::route<ops>("GET", "/things/special/parts/main?name=x");
        REQUIRE(s.has_value());
        CHECK(s->index() == 1);
        CHECK(boost::variant2::get<toy::PartOutput>(*s).name == "x");
        auto l = ng::route<ops>("GET", "/things/special/parts/other");
        REQUIRE(l.has_value());
        CHECK(l->index() == 0);
    }
    SECTION("booleans are true or false; 64-bit integers have their own range")
    {
        // Messages name the member (deep), as constraint messages do, not the parameter (recursive).
        auto b = ng::route<ops>("GET", "/things/a/parts/b?recursive=yes");
        REQUIRE_FALSE(b.has_value());
        CHECK(b.error().status == 422);
        CHECK(header(b.error().headers, "x-amzn-errortype") == "BadInput");
        CHECK_THAT(b.error().body, Contains("Value 'yes' at 'deep' is not true or false"));
        auto big = ng::route<ops>("GET", "/things/a/parts/b?since=9223372036854775808");
        REQUIRE_FALSE(big.has_value());
        CHECK_THAT(big.error().body, Contains("is out of range for a 64-bit integer"));
        auto min = ng::route<ops>("GET", "/things/a/parts/b?since=-9223372036854775808");
        REQUIRE(min.has_value());
        CHECK(boost::variant2::get<toy::PartInput>(*min).since == INT64_MIN);
    }
    SECTION("an enum value this version does not know is refused by the strict server-side validation")
    {
        auto e = ng::route<ops>("GET", "/things/a/parts/b?fmt=XML");
        REQUIRE_FALSE(e.has_value());
        CHECK(e.error().status == 422);
        CHECK_THAT(e.error().body, Contains("violations: 1"));
    }
    SECTION("a client resolves the toy errors by the same rules")
    {
        ng::http_headers h{{"x-amzn-errortype", "toy#BadInput:http://x"}};
        auto c = ng::parse_response<toy::GetPart>(422, h, R"({"message":"no"})");
        REQUIRE_FALSE(c.has_value());
        REQUIRE(c.error().is<toy::BadInput>());
        CHECK(c.error().message() == "no");
    }
}
