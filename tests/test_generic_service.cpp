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
#include <neptune_graph/model/tagged_union.hpp>
#include <neptune_graph/validate/aws_message.hpp>
#include <neptune_graph/validate/constraint.hpp>

#include <boost/json/parse.hpp>

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
    static toy::BadInput answer(std::vector<violation> const& v) { return {aws_message(v)}; }
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
        CHECK_THAT(e.error().body, Contains("1 validation error detected: Value 'XML' at 'format' failed to "
                                            "satisfy constraint: Member must satisfy enum value set: [CSV, OPEN_CYPHER]"));
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

// ---------------------------------------------------------------------------
// Request bodies: the members bound to no label or query parameter

namespace toy {

struct Size
{
    std::int32_t width = 0;
    std::int32_t height = 0;
    std::optional<std::string> unit;
};
BOOST_DESCRIBE_STRUCT(Size, (), (width, height, unit))

struct ByColor
{
    std::string color;
};
BOOST_DESCRIBE_STRUCT(ByColor, (), (color))

struct ByWeight
{
    std::uint32_t grams = 0;
};
BOOST_DESCRIBE_STRUCT(ByWeight, (), (grams))

enum class PickMember { color, weight };
BOOST_DESCRIBE_ENUM(PickMember, color, weight)
using Pick = ng::tagged_union<PickMember, ByColor, ByWeight>;

struct PutWidgetInput
{
    std::string shop;                                // label {shop}
    std::optional<bool> dryRun;                      // query dry-run
    std::string name;                                // body, required
    Size size;                                       // body, required, nested
    std::optional<Pick> pick;                        // body, a union
    std::optional<std::vector<std::string>> tags;    // body
};
BOOST_DESCRIBE_STRUCT(PutWidgetInput, (), (shop, dryRun, name, size, pick, tags))

struct PutWidgetOutput
{
    std::string id;
};
BOOST_DESCRIBE_STRUCT(PutWidgetOutput, (), (id))

inline constexpr char widget_name[] = "[a-z]+";

} // namespace toy

namespace neptune_graph {
template <> struct http_bindings<toy::PutWidgetInput>
{
    static constexpr auto value = std::make_tuple(http_label(&toy::PutWidgetInput::shop, "shop"),
                                                  http_query(&toy::PutWidgetInput::dryRun, "dry-run"));
};
template <> struct constraints_of<toy::PutWidgetInput>
{
    static constexpr auto rules = std::make_tuple(
        rule(&toy::PutWidgetInput::name, required{}, pattern<toy::widget_name>{}),
        rule(&toy::PutWidgetInput::size, required{}));
};
template <> struct constraints_of<toy::Size>
{
    static constexpr auto rules = std::make_tuple(rule(&toy::Size::width, required{}, range{1, 100}),
                                                  rule(&toy::Size::height, required{}, range{1, 100}));
};
} // namespace neptune_graph

namespace toy {

struct PutWidget
{
    using input = PutWidgetInput;
    using output = PutWidgetOutput;
    using error_type = ng::toy_error;
    using errors = boost::mp11::mp_list<BadInput>;
    static constexpr std::string_view name = "PutWidget";
    static constexpr std::string_view method = "POST";
    static constexpr std::string_view uri = "/shops/{shop}/widgets";
    static constexpr int success_status = 201;
};

} // namespace toy

static_assert(ng::body_members<toy::PutWidgetInput>() == 0b111100, "name, size, pick, tags");
static_assert(ng::body_members<toy::PartInput>() == 0, "every member is a label or a query parameter");
static_assert(ng::body_members<toy::PartOutput>() == 0, "");

TEST_CASE("a request body round trip: label, query and body into one input", "[http][generic][body]")
{
    using ops = boost::mp11::mp_list<toy::GetPart, toy::PutWidget>;
    toy::PutWidgetInput in;
    in.shop = "a b";
    in.dryRun = true;
    in.name = "gizmo";
    in.size = {3, 4, std::string("cm")};
    in.pick = toy::Pick{toy::ByWeight{250}};
    in.tags = std::vector<std::string>{"x", "y \"z\""};

    auto req = ng::make_request<toy::PutWidget>(in);
    REQUIRE(req.has_value());
    CHECK(req->method == "POST");
    CHECK(req->target == "/shops/a%20b/widgets?dry-run=true");
    CHECK(header(req->headers, "content-type") == "application/json");
    CHECK(req->body ==
          R"({"name":"gizmo","size":{"width":3,"height":4,"unit":"cm"},"pick":{"weight":{"grams":250}},)"
          R"("tags":["x","y \"z\""]})");

    auto r = ng::route<ops>(req->method, req->target, req->body);
    REQUIRE(r.has_value());
    REQUIRE(r->index() == 1);
    CHECK(boost::variant2::get<toy::PutWidgetInput>(*r) == in);

    auto answered = [&](std::string_view body) {
        auto x = ng::route<ops>("POST", "/shops/s/widgets", body);
        REQUIRE_FALSE(x.has_value());
        CHECK(x.error().status == 422);
        CHECK(header(x.error().headers, "x-amzn-errortype") == "BadInput");
        return std::string(boost::json::parse(x.error().body).at("message").as_string());
    };

    SECTION("the body does not wipe the label, nor the label the body")
    {
        auto x = ng::route<ops>("POST", "/shops/s/widgets?dry-run=false",
                                R"({"shop":"other","dryRun":true,"name":"w","size":{"width":1,"height":2}})");
        REQUIRE(x.has_value());
        auto const& got = boost::variant2::get<toy::PutWidgetInput>(*x);
        CHECK(got.shop == "s");             // "shop" in a body is an unknown key
        CHECK(got.dryRun == false);         // so is "dryRun"
        CHECK(got.name == "w");
        CHECK(got.size.height == 2);
        CHECK_FALSE(got.pick.has_value());
    }
    SECTION("absent required body members are reported, all of them, nested ones too")
    {
        CHECK(answered(R"({"size":{"height":2}})") ==
              "2 validation errors detected: "
              "Value null at 'size.width' failed to satisfy constraint: Member must not be null; "
              "Value null at 'name' failed to satisfy constraint: Member must not be null");
        CHECK(answered("") ==
              "2 validation errors detected: "
              "Value null at 'name' failed to satisfy constraint: Member must not be null; "
              "Value null at 'size' failed to satisfy constraint: Member must not be null");
    }
    SECTION("present values are held to their constraints")
    {
        CHECK(answered(R"({"name":"","size":{"width":0,"height":2}})") ==
              "2 validation errors detected: "
              "Value '' at 'name' failed to satisfy constraint: Member must satisfy regular expression "
              "pattern: [a-z]+; "
              "Value '0' at 'size.width' failed to satisfy constraint: Member must have value greater "
              "than or equal to 1");
    }
    SECTION("values of the wrong type, unions without one member, broken JSON: unreadable")
    {
        CHECK(answered(R"({"name":5})") ==
              "1 validation error detected: Invalid value at 'name': expected a string, got a number");
        CHECK(answered(R"({"name":"w","size":{"width":1,"height":1},"pick":{"color":{"color":"r"},"weight":{"grams":1}}})") ==
              "1 validation error detected: Invalid value at 'pick.weight': union must have exactly one "
              "member set, found 'color' and 'weight'");
        CHECK(answered(R"({"name":"w","size":{"width":1,"height":1},"pick":{}})") ==
              "1 validation error detected: Invalid value at 'pick': union must have exactly one member set");
        CHECK(answered(R"({"name":"w","size":{"width":1,"height":1},"pick":{"weight":{"grams":-1}}})") ==
              "1 validation error detected: Invalid value at 'pick.weight.grams': -1 is out of range for "
              "an unsigned 32-bit integer");
        CHECK(answered(R"({"name":"w")") ==
              "1 validation error detected: Invalid value at 'name': unexpected end of input");
        CHECK(answered("[]").find("expected an object, got an array") != std::string::npos);
    }
    SECTION("an unknown union member a server does not know is refused (strict)")
    {
        CHECK(answered(R"({"name":"w","size":{"width":1,"height":1},"pick":{"shape":"round"}})") ==
              "1 validation error detected: Value 'shape' at 'pick' failed to satisfy constraint: "
              "Member must satisfy union member set: [color, weight]");
    }
    SECTION("a client does not send a union member it does not know, unless told to pass it on")
    {
        toy::PutWidgetInput u = in;
        u.pick = toy::Pick{ng::unknown_member{"shape", R"("round")"}};
        auto refused = ng::make_request<toy::PutWidget>(u);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == ng::errc::unknown_union_member);
        CHECK(refused.error().path == "$.pick");
        ng::encode_options pass;
        pass.pass_through_unknown = true;
        auto passed = ng::make_request<toy::PutWidget>(u, pass);
        REQUIRE(passed.has_value());
        CHECK(passed->body.find(R"("pick":{"shape":"round"})") != std::string::npos);
    }
    SECTION("strict decoding of a body reports only the members that belong to it")
    {
        ng::decode_options strict;
        strict.strict = true;
        toy::PutWidgetInput part;
        part.shop = "kept";
        auto ok = ng::decode_members_into<ng::body_members<toy::PutWidgetInput>()>(
            part, R"({"name":"w","size":{"width":1,"height":1}})", strict);
        CHECK(ok.has_value());
        CHECK(part.shop == "kept");
        auto missing = ng::decode_members_into<ng::body_members<toy::PutWidgetInput>()>(part, "{}", strict);
        REQUIRE_FALSE(missing.has_value());
        CHECK(missing.error().code == ng::errc::missing_member);
        CHECK(missing.error().message.find("'name', 'size'") != std::string::npos);
        CHECK(part.shop == "kept");  // a failed read resets only the body members
        CHECK(part.name.empty());
    }
    SECTION("the success status is the operation's own")
    {
        auto resp = ng::make_response<toy::PutWidget>(toy::PutWidgetOutput{"w-1"});
        REQUIRE(resp.has_value());
        CHECK(resp->status == 201);
        auto back = ng::parse_response<toy::PutWidget>(*resp);
        REQUIRE(back.has_value());
        CHECK(back->id == "w-1");
    }
    SECTION("an operation without body members sends none and ignores one")
    {
        toy::PartInput p{"t", "p", std::nullopt, std::nullopt, std::nullopt};
        auto get = ng::make_request<toy::GetPart>(p);
        REQUIRE(get.has_value());
        CHECK(get->body.empty());
        CHECK(header(get->headers, "content-type") == "<absent>");
        auto x = ng::route<ops>("GET", "/things/t/parts/p", "not json at all");
        REQUIRE(x.has_value());
        CHECK(boost::variant2::get<toy::PartInput>(*x) == p);
    }
}
