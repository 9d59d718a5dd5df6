// stream_decoder: text decoded chunk by chunk gives what decoding it whole gives,
// wherever the chunks are cut.
#include <neptune_graph/json/stream_decode.hpp>
#include <neptune_graph/json/stream_decode.hpp>  // twice: the header is guarded and self-contained
#include <neptune_graph/neptune_graph.hpp>
// The codec itself, for this file's own shapes (in separate compilation the
// umbrella only declares it for the service's).
#include <neptune_graph/json/decode.hpp>
#include <neptune_graph/json/encode.hpp>
#include <neptune_graph/service/shapes.hpp>

#include "../benchmarks/corpus.hpp"
#include "support/malformed_manifest.hpp"

#include <boost/describe/class.hpp>
#include <boost/mp11/algorithm.hpp>

#include <catch2/catch.hpp>

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <functional>
#include <map>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace ng = neptune_graph;

namespace {

std::string const source_dir = NEPTUNE_GRAPH_SOURCE_DIR;

bool same_error(ng::error const& a, ng::error const& b)
{
    return a.code == b.code && a.path == b.path && a.offset == b.offset && a.message == b.message;
}

// What a decode gave: the value, or the error.
template <class T>
struct outcome
{
    bool ok = false;
    T value;
    ng::error error;
};

template <class T>
outcome<T> whole(std::string_view text, ng::decode_options const& opts)
{
    outcome<T> o;
    auto r = ng::decode_into(o.value, text, opts);
    o.ok = r.has_value();
    if(!o.ok)
        o.error = r.error();
    return o;
}

// Decodes `text` cut before each offset of `cuts` (increasing). After a
// failure, every later call gives the same error and the value is T{}.
template <class T>
outcome<T> chunked(std::string_view text, std::vector<std::size_t> const& cuts, ng::decode_options const& opts)
{
    outcome<T> o;
    ng::stream_decoder<T> d(o.value, opts);
    std::size_t at = 0;
    ng::result<void> r;
    auto piece = [&](std::size_t end) {
        if(r)
            r = d.write(text.substr(at, end - at));
        else
            CHECK(same_error(d.write(text.substr(at, end - at)).error(), r.error()));
        at = end;
    };
    for(std::size_t c : cuts)
        piece(c);
    piece(text.size());
    if(r)
        r = d.finish();
    o.ok = r.has_value();
    if(!o.ok)
    {
        o.error = r.error();
        auto again = d.finish();
        CHECK(!again.has_value());
        if(!again.has_value())
            CHECK(same_error(again.error(), o.error));
        CHECK(d.value() == T{});
    }
    else
        CHECK(d.done());
    return o;
}

template <class T>
std::string describe(outcome<T> const& o)
{
    if(o.ok)
    {
        ng::encode_options eo;
        eo.pass_through_unknown = true;
        auto t = ng::encode(o.value, eo);
        return "ok " + (t ? *t : std::string("(unencodable)"));
    }
    std::ostringstream s;
    s << "error " << o.error.code << " at " << o.error.offset << ": " << o.error.what();
    return s.str();
}

template <class T>
bool same(outcome<T> const& a, outcome<T> const& b)
{
    if(a.ok != b.ok)
        return false;
    if(a.ok)
        return a.value == b.value;
    return same_error(a.error, b.error);
}

std::string cuts_text(std::vector<std::size_t> const& cuts)
{
    std::string s;
    for(std::size_t c : cuts)
        s += std::to_string(c) + " ";
    return s;
}

// How a text is cut: every single cut when it is short, one-byte chunks, and
// `random` random cuttings.
struct plan
{
    std::size_t every_cut_up_to = 1024;  // every cut for texts up to this size
    bool bytes = true;
    int random = 4;
};

std::vector<std::vector<std::size_t>> cuttings(std::size_t n, plan p, std::uint64_t seed)
{
    std::vector<std::vector<std::size_t>> r;
    if(n <= p.every_cut_up_to)
        for(std::size_t i = 1; i < n; ++i)
            r.push_back({i});
    if(p.bytes && n > 1)
    {
        std::vector<std::size_t> all;
        for(std::size_t i = 1; i < n; ++i)
            all.push_back(i);
        r.push_back(std::move(all));
    }
    std::mt19937_64 rng(seed);
    for(int k = 0; k < p.random && n > 1; ++k)
    {
        std::vector<std::size_t> c;
        std::size_t at = 0;
        std::size_t max_chunk = std::size_t(1) << (1 + rng() % 12);
        for(;;)
        {
            at += 1 + rng() % max_chunk;
            if(at >= n)
                break;
            c.push_back(at);
        }
        r.push_back(std::move(c));
    }
    return r;
}

// Decodes `text` whole and at every cutting of the plan: the same outcome each time.
template <class T>
std::size_t check_splits(std::string_view text, ng::decode_options const& opts = {}, plan p = {})
{
    auto const reference = whole<T>(text, opts);
    std::size_t n = 0;
    for(auto const& cuts : cuttings(text.size(), p, text.size()))
    {
        auto const got = chunked<T>(text, cuts, opts);
        if(!same(got, reference))
        {
            INFO("text: " << text.substr(0, 2000));
            INFO("cut at: " << cuts_text(cuts).substr(0, 400));
            INFO("whole:   " << describe(reference));
            INFO("chunked: " << describe(got));
            CHECK(same(got, reference));
            return n;
        }
        ++n;
    }
    return n;
}

using split_fn = std::function<std::size_t(std::string_view, ng::decode_options const&, plan)>;

std::map<std::string, split_fn> const& by_shape()
{
    static std::map<std::string, split_fn> const m = [] {
        std::map<std::string, split_fn> r;
        boost::mp11::mp_for_each<boost::mp11::mp_transform<boost::mp11::mp_identity, ng::all_shapes>>(
            [&](auto id) {
                using T = typename decltype(id)::type;
                r[std::string(ng::shape_name<T>::value)] = &check_splits<T>;
            });
        return r;
    }();
    return m;
}

// The raw string literals R"(...)" of a source file that hold a JSON object.
std::vector<std::string> json_literals(std::string const& file)
{
    std::string const src = support::read_file(source_dir + "/" + file);
    std::vector<std::string> out;
    for(std::size_t i = src.find("R\""); i != std::string::npos; i = src.find("R\"", i + 2))
    {
        std::size_t open = src.find('(', i);
        if(open == std::string::npos || open - i > 18)
            continue;
        std::string const close = ")" + src.substr(i + 2, open - i - 2) + "\"";
        std::size_t end = src.find(close, open);
        if(end == std::string::npos)
            break;
        std::string body = src.substr(open + 1, end - open - 1);
        if(!body.empty() && body[0] == '{')
            out.push_back(std::move(body));
        i = end;
    }
    return out;
}

// A user's own described struct.
struct Reading
{
    std::string sensor;
    std::int64_t value = 0;
    std::optional<std::vector<std::string>> tags;
    std::optional<std::map<std::string, std::int32_t>> counts;
};
BOOST_DESCRIBE_STRUCT(Reading, (), (sensor, value, tags, counts))

bool operator==(Reading const& a, Reading const& b)
{
    return a.sensor == b.sensor && a.value == b.value && a.tags == b.tags && a.counts == b.counts;
}

} // namespace

TEST_CASE("stream_decoder: chunks of any size give the whole text's value")
{
    std::string const page =
        R"({"tasks":[{"taskId":"t-0123456789","source":"s3://b/k","roleArn":"arn:aws:iam::123456789012:role/r","status":"FAILED"}],"nextToken":"n1"})";
    ng::stream_decoder<ng::ListImportTasksOutput> d;
    for(std::size_t i = 0; i < page.size(); i += 7)
        REQUIRE(d.write(std::string_view(page).substr(i, 7)));
    CHECK_FALSE(d.done());
    REQUIRE(d.finish());
    CHECK(d.done());
    CHECK(d.bytes() == page.size());
    CHECK(d.value().tasks.at(0).status == ng::ImportTaskStatus::FAILED);
    CHECK(d.value() == ng::decode<ng::ListImportTasksOutput>(page).value());
    auto v = d.release();
    CHECK(v.nextToken == std::string("n1"));
    CHECK(check_splits<ng::ListImportTasksOutput>(page) > page.size());
}

TEST_CASE("stream_decoder: into the caller's value, reusing what it holds")
{
    ng::GetImportTaskOutput out;
    out.taskId = "old";
    out.attemptNumber = 5;
    ng::stream_decoder<ng::GetImportTaskOutput> d(out);
    REQUIRE(d.write(R"({"graphId":"g-1","taskId":"t-)"));
    REQUIRE(d.write(R"(1","source":"s3://b","roleArn":"r","status":"IMPORTING"})"));
    REQUIRE(d.finish());
    CHECK(out.taskId == "t-1");
    CHECK_FALSE(out.attemptNumber.has_value());  // absent: not what it held
    CHECK(&d.value() == &out);
}

TEST_CASE("stream_decoder: errors have the whole text's code, path, offset and message, and are final")
{
    std::string const bad = R"({"tasks":[{"taskId":"t-0123456789"},{"taskId":"t-1","status":7}]})";
    ng::stream_decoder<ng::ListImportTasksOutput> d;
    REQUIRE(d.write(bad.substr(0, 40)));
    auto r = d.write(bad.substr(40));
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ng::errc::type_mismatch);
    CHECK(r.error().path == "$.tasks[1].status");
    CHECK(r.error().offset == bad.find("7}") + 1);
    CHECK(r.error().message == "expected a string, got a number");
    CHECK(same_error(d.write("more").error(), r.error()));
    CHECK(same_error(d.finish().error(), r.error()));
    CHECK(d.value() == ng::ListImportTasksOutput{});
    check_splits<ng::ListImportTasksOutput>(bad);

    SECTION("incomplete at finish")
    {
        ng::stream_decoder<ng::ListImportTasksOutput> e;
        REQUIRE(e.write(R"({"tasks":[)"));
        auto f = e.finish();
        REQUIRE_FALSE(f);
        CHECK(f.error().code == boost::json::error::incomplete);
        CHECK(f.error().offset == 10);
        CHECK(f.error().message == "unexpected end of input");
    }
    SECTION("data after the document")
    {
        ng::stream_decoder<ng::ListImportTasksOutput> e;
        REQUIRE(e.write(R"({"tasks":[]} )"));
        auto f = e.write(" x");
        REQUIRE_FALSE(f);
        CHECK(f.error().code == boost::json::error::extra_data);
        CHECK(f.error().offset == 14);
    }
    SECTION("a literal cut by a chunk, refused once it is known whether the text goes on")
    {
        std::string const t = R"({"tasks":[],"nextToken":txyz})";
        auto w = whole<ng::ListImportTasksOutput>(t, {});
        REQUIRE_FALSE(w.ok);
        CHECK(w.error.offset == 24);  // read at once: refused at its first byte
        ng::stream_decoder<ng::ListImportTasksOutput> e;
        REQUIRE(e.write(t.substr(0, 25)));  // ...:t
        REQUIRE(e.write(t.substr(25, 1)));  // x: refused, but where depends on what follows
        auto f = e.write(t.substr(26));
        REQUIRE_FALSE(f);
        CHECK(same_error(f.error(), w.error));
        // cut there, the whole text reads the literal byte by byte
        auto cut = whole<ng::ListImportTasksOutput>(t.substr(0, 26), {});
        CHECK(cut.error.offset == 25);
        ng::stream_decoder<ng::ListImportTasksOutput> g;
        REQUIRE(g.write(t.substr(0, 25)));
        REQUIRE(g.write(t.substr(25, 1)));
        auto h = g.finish();
        REQUIRE_FALSE(h);
        CHECK(same_error(h.error(), cut.error));
        check_splits<ng::ListImportTasksOutput>(t);
        check_splits<ng::ListImportTasksOutput>(R"({"tasks":[],"nextToken":trux)");
        check_splits<ng::ListImportTasksOutput>(R"({"tasks":[],"nextToken":nul)");
        check_splits<ng::ListImportTasksOutput>(R"({"tasks":[],"nextToken":fals})");
        // UTF-8 sequences and \u escapes cut by chunks, refused where the whole text refuses them
        for(std::string const s : {"\xe2\xe2\xe2\xe2\xe2", "ab\xc3\xa9\xe2\x82", "\xf0\x9f\x98\x80\xf0\x9f\x98",
                                   "\xe2\x82\xac\xed\xa0\x80", "\\ud800\\u12x4", "\\u00e9\\ud83d\\ude00\\udc00x",
                                   "\\ud83d\\u0041", "\\u12",
                                   // a backslash among an escape's digits begins no escape
                                   "\\ud83d\\u\\udc00de00", "\\u1\\u0041", "\\ud83d\\u\\u\\udc00"})
        {
            check_splits<ng::ListImportTasksOutput>(R"({"tasks":[],"nextToken":")" + s + R"("})");
            check_splits<ng::ListImportTasksOutput>(R"({"tasks":[],"nextToken":")" + s);
            check_splits<ng::ListImportTasksOutput>(R"({"tasks":[],")" + s + R"(":1})");
        }
        // a run of backslashes longer than the bytes kept before a chunk: an
        // even run leaves the `u` after it plain text
        for(std::size_t run : {std::size_t(99), std::size_t(100), std::size_t(141), std::size_t(142)})
            for(std::string const s : {"ud83d\\u12x4", "u\\\\\\\\\\\xa8\\\\", "u12\\\\\\u"})
            {
                check_splits<ng::ListImportTasksOutput>(R"({"tasks":[],"nextToken":")" + std::string(run, '\\') + s +
                                                        R"("})");
                check_splits<ng::ListImportTasksOutput>(R"({"tasks":[],")" + std::string(run, '\\') + s + R"(":1})");
            }
    }
}

TEST_CASE("stream_decoder: an unknown union member across chunks is kept byte for byte")
{
    std::vector<std::string> const raws = {
        R"({"bucket" : "b", "prefix":["a", {"x" : [1, 2.50, "}\"]"]}], "n": null})",
        R"("a string with \"quotes\" and \\ and \u00e9")",
        R"(12.500e+3)",
        R"(true)",
        R"(false)",
        R"([])",
        R"({})",
        R"(nullx)",
    };
    for(auto const& raw : raws)
    {
        std::string const text = R"({"taskId":"t","importOptions":{"s3" :  )" + raw + R"(  },"status":"FAILED"})";
        INFO(text);
        auto w = whole<ng::GetImportTaskOutput>(text, {});
        if(raw != "nullx")
        {
            REQUIRE(w.ok);
            REQUIRE(w.value.importOptions.has_value());
            auto const& u = boost::variant2::get<ng::unknown_member>(w.value.importOptions->value);
            CHECK(u.tag == "s3");
            CHECK(u.json == raw);
        }
        check_splits<ng::GetImportTaskOutput>(text);
    }
    // null is no member; a second member is refused at its key, however cut
    for(std::string const text :
        {R"({"importOptions":{"s3":null}})", R"({"importOptions":{"s3":  null ,"neptune":{"preserveDefaultVertexLabels":true}}})",
         R"({"importOptions":{"neptune":{"preserveDefaultVertexLabels":true},"s3":  nul)",
         R"({"importOptions":{"neptune":{"preserveDefaultVertexLabels":true},"s3":  null})",
         R"({"importOptions":{"neptune":{"preserveDefaultVertexLabels":true},"s3":  nulll})",
         R"({"importOptions":{"neptune":{"preserveDefaultVertexLabels":true},"s3":  {"a":[1,2,}})",
         R"({"importOptions":{"neptune":{"preserveDefaultVertexLabels":true},"s3"  :  [1,2)",
         R"({"importOptions":{"x":1,"s3":{"a":"\u00e9","a":2}}})",
         R"({"importOptions":{"s\u0033":{"a":1},"t":2}})",
         R"({"importOptions":{"x":1,"s\u0033":  {"a":1}}})"})
    {
        INFO(text);
        check_splits<ng::GetImportTaskOutput>(text);
        check_splits<ng::ImportOptions>(text.substr(text.find(':') + 1));
    }
    SECTION("a failure while the member's value may still be null waits for the bytes that say")
    {
        // Whole, the member is settled at its key: `null` is ignored and the
        // missing colon refused; anything else claims the union and is refused first.
        std::string const t = R"({"graphNaa":"b","c"null}})";
        auto w = whole<ng::ImportOptions>(t, {});
        REQUIRE_FALSE(w.ok);
        CHECK(w.error.code == boost::json::error::syntax);
        CHECK(w.error.offset == 19);
        ng::stream_decoder<ng::ImportOptions> d;
        REQUIRE(d.write(t.substr(0, 21)));  // ..."c"nu: refused at the n, but held back
        auto r = d.write(t.substr(21));
        REQUIRE_FALSE(r);
        CHECK(same_error(r.error(), w.error));
        for(std::string const u :
            {R"({"graphNaa":"b","c"null}})", R"({"graphNaa":"b","c"nulx}})", R"({"graphNaa":"b","c"  null)",
             R"({"graphNaa":"b","c" nul)", R"({"graphNaa":"b","c"n)", R"({"graphNaa":"b","c"nullnull})",
             R"({"graphNaa":"b","c"null ,"d":1})", R"({"c"nul})", R"({"graphNaa":"b","c" "nu"})"})
        {
            INFO(u);
            check_splits<ng::ImportOptions>(u);
            check_splits<ng::GetImportTaskOutput>(R"({"importOptions":)" + u + "}");
        }
    }
}

TEST_CASE("stream_decoder: limits are checked as bytes arrive")
{
    SECTION("max_input_size: the chunk that crosses it is refused, and nothing after")
    {
        ng::decode_options o;
        o.max_input_size = 20;
        ng::stream_decoder<ng::ListImportTasksOutput> d(o);
        REQUIRE(d.write(R"({"tasks":[],)"));  // 12 bytes
        REQUIRE(d.write(R"("nextT)"));        // 18
        auto r = d.write(R"(oken":"n"})");    // 28: past 20
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ng::errc::input_too_large);
        CHECK(r.error().path == "$");
        CHECK(r.error().offset == 0);
        CHECK(r.error().message == "input is 28 bytes, more than max_input_size 20");
        CHECK(d.bytes() == 18);
        CHECK(same_error(d.write("}").error(), r.error()));
        CHECK(same_error(d.finish().error(), r.error()));
        CHECK(d.value() == ng::ListImportTasksOutput{});
        // the whole text says the same, of the whole text
        auto w = whole<ng::ListImportTasksOutput>(R"({"tasks":[],"nextToken":"n"})", o);
        CHECK(w.error.message == "input is 28 bytes, more than max_input_size 20");
        // at the limit exactly, accepted
        o.max_input_size = 28;
        ng::stream_decoder<ng::ListImportTasksOutput> e(o);
        REQUIRE(e.write(R"({"tasks":[],"nextToken")"));
        REQUIRE(e.write(R"(:"n"})"));
        CHECK(e.finish());
        // an error in the bytes before the chunk that crosses the limit comes
        // first, as the whole text gives it within the limit
        o.max_input_size = 20;
        std::string const bad = "{\"tasks\":[]\x0b,\"nextToken\":\"n\"}";
        ng::decode_options unlimited = o;
        unlimited.max_input_size = 100;
        auto within = whole<ng::ListImportTasksOutput>(bad, unlimited);
        REQUIRE_FALSE(within.ok);
        CHECK(whole<ng::ListImportTasksOutput>(bad, o).error.code == ng::errc::input_too_large);
        ng::stream_decoder<ng::ListImportTasksOutput> f(o);
        auto g = f.write(bad.substr(0, 13));
        REQUIRE_FALSE(g);
        CHECK(same_error(g.error(), within.error));
        CHECK(g.error().message == "control character 0x0b must be escaped");
    }
    SECTION("string size, depth and list size as in the whole text")
    {
        ng::decode_options o;
        o.max_string_size = 9;
        check_splits<ng::ListImportTasksOutput>(R"({"tasks":[],"nextToken":"abcdefghi"})", o);
        check_splits<ng::ListImportTasksOutput>(R"({"tasks":[],"nextToken":"abcdefghij"})", o);
        check_splits<ng::ListImportTasksOutput>(R"({"tasks":[],"nextToken":"abcdefg\u00e9"})", o);
        check_splits<ng::ListImportTasksOutput>(R"({"tasks":[],"nextToken":"abc\ndefg\u00e9\"})", o);
        check_splits<ng::ListImportTasksOutput>(R"({"tasks":[],"abcdefghij":1})", o);
        check_splits<ng::ListImportTasksOutput>(R"({"tasks":[],"x":{"abcdefghij":1}})", o);
        check_splits<ng::GetImportTaskOutput>(R"({"importOptions":{"s3":["abcdefghij"]}})", o);
        auto w = whole<ng::ListImportTasksOutput>(R"({"tasks":[],"nextToken":"abcdefghij"})", o);
        CHECK(w.error.code == ng::errc::string_too_long);
        CHECK(w.error.offset == 35);  // at the string's end, however the parser got it

        ng::decode_options deep;
        deep.max_depth = 4;
        check_splits<ng::GetImportTaskOutput>(R"({"x":[[[1]]]})", deep);
        check_splits<ng::GetImportTaskOutput>(R"({"x":[[[[1]]]]})", deep);
        check_splits<ng::GetImportTaskOutput>(R"({"importOptions":{"s3":[[[1]]]}})", deep);

        ng::decode_options lists;
        lists.max_list_size = 2;
        std::string const t = R"({"taskId":"t-0123456789"})";
        check_splits<ng::ListImportTasksOutput>(R"({"tasks":[)" + t + "," + t + "]}", lists);
        check_splits<ng::ListImportTasksOutput>(R"({"tasks":[)" + t + "," + t + "," + t + "]}", lists);
    }
    SECTION("a long string or raw member across many chunks")
    {
        std::string const s(50000, 'a');
        check_splits<ng::GetImportTaskOutput>(R"({"taskId":")" + s + R"("})", {}, {0, false, 3});
        std::string esc;
        for(int i = 0; i < 5000; ++i)
            esc += "a\\n\\u00e9\\ud83d\\ude00";
        check_splits<ng::GetImportTaskOutput>(R"({"taskId":")" + esc + R"("})", {}, {0, false, 3});
        std::string raw = "[";
        for(int i = 0; i < 3000; ++i)
            raw += R"({"k":"v\"}","n":[1,2,3]},)";
        raw += "null]";
        check_splits<ng::GetImportTaskOutput>(R"({"importOptions":{"s3":)" + raw + "}}", {}, {0, false, 3});
    }
}

TEST_CASE("stream_decoder: list capacity guesses stay in the chunk, or come from a size hint")
{
    auto const c = bench::make_list(300, 7);
    ng::ListImportTasksOutput out;
    ng::stream_decoder<ng::ListImportTasksOutput> d(out, {}, c.text.size());
    for(std::size_t i = 0; i < c.text.size(); i += 512)
        REQUIRE(d.write(std::string_view(c.text).substr(i, 512)));
    REQUIRE(d.finish());
    CHECK(out == c.value);
    CHECK(out.tasks.capacity() >= out.tasks.size());
    // a wrong hint changes no value
    for(std::size_t hint : {std::size_t(1), std::size_t(100), c.text.size() * 50})
    {
        ng::stream_decoder<ng::ListImportTasksOutput> e({}, hint);
        for(std::size_t i = 0; i < c.text.size(); i += 100)
            REQUIRE(e.write(std::string_view(c.text).substr(i, 100)));
        REQUIRE(e.finish());
        CHECK(e.value() == c.value);
    }
}

TEST_CASE("stream_decoder: the service's shapes and a user's struct, cut anywhere")
{
    check_splits<ng::ListImportTasksOutput>(bench::make_list(20, 3).text, {}, {0, true, 30});
    check_splits<ng::ListImportTasksOutput>(bench::make_list(2, 4).text);
    check_splits<ng::GetImportTaskOutput>(bench::make_get_import_task(5).text);
    check_splits<ng::CreateGraphUsingImportTaskInput>(bench::make_create_graph_request(6).text);
    auto shuffled = bench::shuffled(bench::make_create_graph_request(8), 9);
    check_splits<ng::CreateGraphUsingImportTaskInput>(shuffled.text);
    check_splits<ng::CreateGraphUsingImportTaskInput>(
        R"({"graphName":"g","source":"s3://b","roleArn":"r","tags":{"a":"1","b":null,"c\"d":"2"},"importOptions":{"neptune":{"s3ExportPath":"p","s3ExportKmsKeyId":"k"}}})");
    check_splits<ng::CreateGraphUsingImportTaskInput>(R"({"tags":{"a":"1","b":null,"b":"2"}})");

    std::string const r = R"({"sensor":"t\u00e9","value":-42,"tags":["a",null,"b"],"counts":{"x":1,"y":null},"other":[{}]})";
    check_splits<Reading>(r);
    ng::stream_decoder<Reading> d;
    REQUIRE(d.write(r.substr(0, 20)));
    REQUIRE(d.write(r.substr(20)));
    REQUIRE(d.finish());
    CHECK(d.value().sensor == "t\xc3\xa9");
    CHECK(d.value().value == -42);
    CHECK(d.value().tags == std::vector<std::string>{"a", "b"});
    CHECK(d.value().counts->size() == 1);
    check_splits<Reading>(R"({"sensor":"s","value":1e2})");
    check_splits<Reading>(R"({"sensor":"s","value":1.5})");
    check_splits<Reading>(R"({"sensor":"s","value":true})");
    check_splits<Reading>(R"({"sensor":"s","value":null})", [] { ng::decode_options o; o.strict = true; return o; }());
}

TEST_CASE("stream_decoder: the malformed corpus, cut anywhere")
{
    std::string const dir = source_dir + "/tests/malformed/";
    std::istringstream manifest(support::read_file(dir + "manifest.txt"));
    std::size_t cases = 0, runs = 0;
    for(std::string line; std::getline(manifest, line);)
    {
        if(line.empty() || line[0] == '#' || line.rfind("gen:", 0) == 0)
            continue;
        auto f = support::manifest_fields(line, 7);
        REQUIRE(f.size() >= 6);
        INFO("case: " << line);
        auto it = by_shape().find(f[1]);
        REQUIRE(it != by_shape().end());
        runs += it->second(support::read_file(dir + f[0]), support::manifest_options(f[2]), {});
        ++cases;
    }
    CHECK(cases >= 150);
    CHECK(runs > cases * 10);
}

TEST_CASE("stream_decoder: real payloads and their truncations, cut anywhere")
{
    std::string const dir = source_dir + "/tests/malformed/truncation/";
    for(char const* shape : {"GetImportTaskOutput", "ListImportTasksOutput", "ValidationException"})
    {
        INFO(shape);
        std::string const payload = support::read_file(dir + shape + ".json");
        auto const& check = by_shape().at(shape);
        check(payload, {}, {});
        for(std::size_t len = 0; len < payload.size(); len += 1 + len % 3)
            check(std::string_view(payload).substr(0, len), {}, {0, true, 2});
    }
}

TEST_CASE("stream_decoder: the documents of the decode, wire-rule, map and api-docs tests, cut anywhere")
{
    std::size_t n = 0;
    for(char const* file : {"tests/test_api_docs.cpp", "tests/test_wire_rules.cpp", "tests/test_decode.cpp",
                            "tests/test_maps.cpp"})
        for(auto const& text : json_literals(file))
        {
            INFO(file << ": " << text);
            for(char const* shape : {"GetImportTaskOutput", "ListImportTasksOutput", "CreateGraphUsingImportTaskInput",
                                     "StartExportTaskInput"})
                by_shape().at(shape)(text, {}, {256, true, 2});
            ++n;
        }
    CHECK(n >= 100);
}

TEST_CASE("stream_decoder: the example of docs/incremental-decoding.md")
{
    std::vector<std::string> const pieces = {R"({"tasks":[{"taskId":"t-01","source":"s3://b/k",)",
                                             R"("roleArn":"arn:aws:iam::1:role/r","status":"SUCC)", R"(EEDED"}]})"};
    // [feed]
    ng::stream_decoder<ng::ListImportTasksOutput> decoder;
    for(std::string const& piece : pieces)  // as each piece of the body is read
        if(auto r = decoder.write(piece); !r)
            FAIL(r.error().what());  // "$.tasks[0].status: ...", at the byte offset in the whole body
    if(auto r = decoder.finish(); !r)
        FAIL(r.error().what());
    ng::ListImportTasksOutput page = decoder.release();
    // [/feed]
    CHECK(page.tasks.at(0).status == ng::ImportTaskStatus::SUCCEEDED);
}
