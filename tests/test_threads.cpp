// Decoding and encoding from several threads at once: the library keeps no
// global mutable state, so every thread gets exactly the single-threaded answer.
// Built and run under ThreadSanitizer by scripts/test.sh (build/test-tsan).
#include <neptune_graph/neptune_graph.hpp>
#include <neptune_graph/json/dom.hpp>

#include "support/random_shapes.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>
#include <boost/json/value_from.hpp>
#include <boost/json/value_to.hpp>

#include <catch2/catch.hpp>

#include <atomic>
#include <cstddef>
#include <functional>
#include <string>
#include <thread>
#include <vector>

namespace ng = neptune_graph;
namespace nt = neptune_graph_test;

namespace {

constexpr int thread_count = 4;
constexpr int rounds = 100;

char const* const get_payload =
    R"({"graphId":"g-0123456789","taskId":"t-abcdefghij","source":"s3://neptune-data/import/",)"
    R"("format":"PARQUET","parquetType":"COLUMNAR","roleArn":"arn:aws:iam::123456789012:role/NeptuneImport",)"
    R"("status":"IMPORTING","importOptions":{"neptune":{"s3ExportPath":"s3://neptune-export/snap-1/",)"
    R"("s3ExportKmsKeyId":"k","preserveDefaultVertexLabels":true,"preserveEdgeIds":false}},)"
    R"("importTaskDetails":{"status":"IMPORTING","startTime":1732300000.123,"timeElapsedSeconds":3600,)"
    R"("progressPercentage":42,"errorCount":2,"errorDetails":"2 rows skipped: \"bad\\row\"\n\u0001 caf\u00e9",)"
    R"("statementCount":9007199254740993,"dictionaryEntryCount":9223372036854775807},)"
    R"("attemptNumber":1,"statusReason":"Import in progress"})";

// Strings long enough to be read in parts, an unknown union member kept raw,
// unknown enum values, a list: the paths through the decoder that keep state.
std::string list_payload()
{
    std::string s = R"({"tasks":[)";
    for(int i = 0; i < 50; ++i)
    {
        if(i)
            s += ',';
        s += R"({"taskId":"t-)" + std::to_string(1000000000 + i) + R"(","status":")" +
             (i % 3 ? "SUCCEEDED" : "PAUSED") + R"(","source":")" + std::string(300, 'a' + i % 26) +
             R"(\n","zz":{"nested":[1,2,{"a":null}]}})";
    }
    return s + R"(],"nextToken":"next"})";
}

char const* const union_payload = R"({"taskId":"t","importOptions":{"__type":"x","s3":{"bucket":"b","keys":[1,2]}}})";

// Runs `body(thread_index)` on thread_count threads released together; returns
// the number of mismatches each thread counted.
std::vector<int> in_threads(std::function<int(int)> const& body)
{
    std::atomic<int> ready{0};
    std::vector<int> mismatches(thread_count, 0);
    std::vector<std::thread> threads;
    for(int t = 0; t < thread_count; ++t)
        threads.emplace_back([&, t] {
            ready.fetch_add(1);
            while(ready.load() < thread_count)
                std::this_thread::yield();
            mismatches[t] = body(t);
        });
    for(auto& th : threads)
        th.join();
    return mismatches;
}

std::vector<int> const no_mismatch(thread_count, 0);

} // namespace

TEST_CASE("threads decode the same const input at once and all get the same value")
{
    std::string const list = list_payload();
    auto const get_ref = ng::decode<ng::GetImportTaskOutput>(get_payload).value();
    auto const list_ref = ng::decode<ng::ListImportTasksOutput>(list).value();
    auto const union_ref = ng::decode<ng::GetImportTaskOutput>(union_payload).value();
    REQUIRE(union_ref.importOptions->is_unknown());

    auto m = in_threads([&](int) {
        int bad = 0;
        for(int i = 0; i < rounds; ++i)
        {
            auto g = ng::decode<ng::GetImportTaskOutput>(get_payload);
            bad += !g || !(*g == get_ref);
            auto l = ng::decode<ng::ListImportTasksOutput>(list);
            bad += !l || !(*l == list_ref);
            auto u = ng::decode<ng::GetImportTaskOutput>(union_payload);
            bad += !u || !(*u == union_ref);
            // decode_into reuses the target's storage: into a value of another input too.
            ng::GetImportTaskOutput into = union_ref;
            bad += !ng::decode_into(into, get_payload) || !(into == get_ref);
        }
        return bad;
    });
    CHECK(m == no_mismatch);
}

TEST_CASE("threads encode the same const value at once and all get the same bytes")
{
    auto const get = ng::decode<ng::GetImportTaskOutput>(get_payload).value();
    auto const list = ng::decode<ng::ListImportTasksOutput>(list_payload()).value();
    auto const raw = ng::decode<ng::GetImportTaskOutput>(union_payload).value();
    ng::encode_options pass;
    pass.pass_through_unknown = true;
    ng::encode_options pretty;
    pretty.pretty = true;
    std::string const get_text = ng::encode(get).value();
    std::string const get_pretty = ng::encode(get, pretty).value();
    std::string const list_text = ng::encode(list).value();
    std::string const raw_text = ng::encode(raw, pass).value();

    auto m = in_threads([&](int) {
        int bad = 0;
        for(int i = 0; i < rounds; ++i)
        {
            auto a = ng::encode(get);
            bad += !a || *a != get_text;
            auto b = ng::encode(get, pretty);
            bad += !b || *b != get_pretty;
            auto c = ng::encode(list);
            bad += !c || *c != list_text;
            auto d = ng::encode(raw, pass);
            bad += !d || *d != raw_text;
            auto e = ng::encode(raw);  // refused: an unknown member without pass-through
            bad += e || e.error().code != ng::errc::unknown_union_member;
        }
        return bad;
    });
    CHECK(m == no_mismatch);
}

TEST_CASE("threads get the same errors for the same malformed inputs at once")
{
    // Errors build messages and use the error category (a function-local static).
    struct bad_input
    {
        std::string text;
        std::string path;
    };
    std::vector<bad_input> const inputs = {
        {R"({"tasks":[{},{"status":5}]})", "$.tasks[1].status"},
        {R"({"tasks":[{"taskId":"a","taskId":"b"}]})", "$.tasks[0].taskId"},
        {std::string(R"({"nextToken":"a)") + "\xff" + "\"}", "$.nextToken"},
        {R"({"nextToken":"\ud800"})", "$.nextToken"},
        {R"({"tasks":[)", "$.tasks"},
        {R"({"x":)" + std::string(200, '['), "$.x"},
        {"", "$"},
    };
    std::vector<ng::error> ref;
    for(auto const& in : inputs)
    {
        auto r = ng::decode<ng::ListImportTasksOutput>(in.text);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().path == in.path);
        ref.push_back(r.error());
    }
    ng::decode_options strict;
    strict.strict = true;

    auto m = in_threads([&](int t) {
        int bad = 0;
        for(int i = 0; i < rounds; ++i)
        {
            for(std::size_t k = 0; k < inputs.size(); ++k)
            {
                auto const& in = inputs[(k + static_cast<std::size_t>(t)) % inputs.size()];
                auto const& want = ref[(k + static_cast<std::size_t>(t)) % inputs.size()];
                auto r = ng::decode<ng::ListImportTasksOutput>(in.text);
                bad += r || r.error().code != want.code || r.error().path != want.path ||
                       r.error().offset != want.offset || r.error().message != want.message ||
                       r.error().code.message() != want.code.message();
            }
            auto s = ng::decode<ng::GetImportTaskOutput>(R"({"status":"PAUSED"})", strict);
            bad += s || s.error().code != ng::errc::unknown_enum_value;
        }
        return bad;
    });
    CHECK(m == no_mismatch);
}

TEST_CASE("threads decode and encode distinct random values of every shape at once")
{
    // Each thread its own seeded values (distinct inputs), checked by round trip.
    auto m = in_threads([](int t) {
        int bad = 0;
        nt::rng_t rng(0x5eed0000u + static_cast<unsigned>(t));
        ng::encode_options pass;
        pass.pass_through_unknown = true;
        for(int i = 0; i < rounds / 4; ++i)
        {
            boost::mp11::mp_for_each<boost::mp11::mp_transform<boost::mp11::mp_identity, ng::all_shapes>>(
                [&](auto id) {
                    using T = typename decltype(id)::type;
                    T const v = nt::random_value<T>(rng);
                    auto text = ng::encode(v, pass);
                    if(!text)
                    {
                        ++bad;
                        return;
                    }
                    auto back = ng::decode<T>(*text);
                    bad += !back || !(*back == v);
                });
        }
        return bad;
    });
    CHECK(m == no_mismatch);
}

TEST_CASE("threads convert through a shared const DOM at once")
{
    boost::json::value const dom = boost::json::parse(get_payload);
    auto const ref = ng::decode<ng::GetImportTaskOutput>(get_payload).value();
    boost::json::value const ref_dom = boost::json::value_from(ref);

    auto m = in_threads([&](int) {
        int bad = 0;
        for(int i = 0; i < rounds; ++i)
        {
            auto v = boost::json::value_to<ng::GetImportTaskOutput>(dom);
            bad += !(v == ref);
            bad += boost::json::value_from(v) != ref_dom;
            auto r = ng::decode<ng::GetImportTaskOutput>(dom);
            bad += !r || !(*r == ref);
        }
        return bad;
    });
    CHECK(m == no_mismatch);
}
