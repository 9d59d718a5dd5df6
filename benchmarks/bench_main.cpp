// The benchmark suite: decode and encode throughput of neptune_graph against
// Boost.JSON, nlohmann/json, RapidJSON and simdjson on the deterministic
// corpora of corpus.hpp. Names: decode/<corpus>/<impl>, encode/<corpus>/<impl>,
// and decode_chunked/list_10000/<impl> (stream_decoder, 4 KiB chunks).
//
// Every decoder that produces a typed result is checked against the reference
// value before it is timed, and every encoder's output is decoded back and
// checked; a mismatch aborts the run. Each case also reports `allocs`: the heap
// allocations of one call, counted outside the timed loop.
//
// Built twice. neptune_graph_bench (C++17) has every case above. With
// NEPTUNE_GRAPH_BENCH_GLAZE=1 it is neptune_graph_bench_glaze (C++23, built only
// when CMake is given Glaze's headers): the corpora Glaze covers, with this
// library's cases, the two bounds and Glaze as the only peer, so that their
// ratios come from one process.
#include "alloc_counter.hpp"  // replaces operator new: this is its one translation unit
#include "corpus.hpp"
#if NEPTUNE_GRAPH_BENCH_GLAZE
#include "peers/glaze_codec.hpp"
#else
#include "peers/nlohmann_codec.hpp"
#include "peers/rapidjson_codec.hpp"
#include "peers/simdjson_codec.hpp"
#endif

#include <neptune_graph/json/stream_decode.hpp>
#include <neptune_graph/validate.hpp>

#include <benchmark/benchmark.h>
#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value_from.hpp>
#include <boost/json/value_to.hpp>

#include <cstdlib>
#include <exception>
#include <iostream>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <string>
#include <string_view>
#include <utility>

namespace {

namespace ng = neptune_graph;
using ng::GetImportTaskOutput;
using ng::ListImportTasksOutput;

// ---- corpora ----------------------------------------------------------------

template <class T>
struct input
{
    bench::corpus<T> c;
#if NEPTUNE_GRAPH_BENCH_GLAZE
    explicit input(bench::corpus<T> cc) : c(std::move(cc)) {}
#else
    simdjson::padded_string padded;  // simdjson's input, built once like the others'

    explicit input(bench::corpus<T> cc) : c(std::move(cc)), padded(c.text) {}
#endif
};

using list_input = input<ListImportTasksOutput>;
using get_input = input<GetImportTaskOutput>;

list_input const& list_1()
{
    static list_input const in(bench::make_list(1, 1));
    return in;
}
list_input const& list_100()
{
    static list_input const in(bench::make_list(100, 100));
    return in;
}
list_input const& list_10000()
{
    static list_input const in(bench::make_list(10000, 10000));
    return in;
}
list_input const& list_100_shuffled()
{
    static list_input const in(bench::shuffled(list_100().c, 1001));
    return in;
}
get_input const& get_import_task()
{
    static get_input const in(bench::make_get_import_task(7));
    return in;
}
get_input const& get_import_task_shuffled()
{
    static get_input const in(bench::shuffled(get_import_task().c, 1007));
    return in;
}

#if !NEPTUNE_GRAPH_BENCH_GLAZE
using create_input = input<ng::CreateGraphUsingImportTaskInput>;

create_input const& create_graph_request()
{
    static create_input const in(bench::make_create_graph_request(11));
    return in;
}
#endif

// ---- checks -----------------------------------------------------------------

[[noreturn]] void die(std::string const& bench, std::string const& why)
{
    std::cerr << "benchmark " << bench << ": " << why << '\n';
    std::abort();
}

template <class T>
T const& typed(T const& v, std::string const&)
{
    return v;
}

template <class T>
T const& typed(ng::result<T> const& r, std::string const& bench)
{
    if(!r)
        die(bench, "decode failed: " + std::string(r.error().what()));
    return *r;
}

template <class T>
void expect_equal(T const& got, T const& want, std::string const& bench)
{
    if(!(got == want))
        die(bench, "the result differs from the reference value");
}

// ---- runners ----------------------------------------------------------------

// Times `once()`, which decodes the corpus. With `Checked`, its result must
// equal the reference value first.
template <bool Checked, class T, class F>
void run_decode(benchmark::State& state, input<T> const& in, std::string const& name, F once)
{
    if constexpr(Checked)
    {
        decltype(auto) r = once();
        expect_equal(typed(r, name), in.c.value, name);
    }
    std::size_t allocs = 0;
    {
        bench::counting_allocations count;
        decltype(auto) r = once();
        allocs = count.stop();
        benchmark::DoNotOptimize(r);
    }
    for(auto _ : state)
    {
        decltype(auto) r = once();  // a reference for decode_into, else the value
        benchmark::DoNotOptimize(r);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * in.c.text.size()));
    state.counters["allocs"] = static_cast<double>(allocs);
}

inline std::string_view view(std::string const& s) { return s; }
inline std::string_view view(std::string_view s) { return s; }

// Times `once()`, which encodes the reference value and returns the text (or a
// view of a reused buffer); that text must decode to the value first.
template <class T, class F>
void run_encode(benchmark::State& state, input<T> const& in, std::string const& name, F once)
{
    {
        auto out = once();
        auto back = ng::decode<T>(view(out));
        expect_equal(typed(back, name), in.c.value, name);
    }
    std::size_t allocs = 0;
    {
        bench::counting_allocations count;
        auto out = once();
        allocs = count.stop();
        benchmark::DoNotOptimize(out);
    }
    for(auto _ : state)
    {
        auto out = once();
        benchmark::DoNotOptimize(out);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * in.c.encoded.size()));
    state.counters["allocs"] = static_cast<double>(allocs);
}

// ---- decoders -----------------------------------------------------------------

template <class T>
void decode_neptune_graph(benchmark::State& state, input<T> const& in, std::string const& name)
{
    run_decode<true>(state, in, name, [&] { return ng::decode<T>(in.c.text); });
}

// The corpus fed to a stream_decoder in 4 KiB chunks, as a body read from a
// socket: a fresh value each call, as decode/<corpus>/neptune_graph. With
// `Hint`, the text's size is the decoder's size hint, as a server passes the
// body's Content-Length, from which lists reserve as whole-text decoding does;
// without, they grow geometrically.
template <bool Hint, class T>
void decode_chunked_neptune_graph(benchmark::State& state, input<T> const& in, std::string const& name)
{
    constexpr std::size_t chunk = 4096;
    run_decode<true>(state, in, name, [&]() -> ng::result<T> {
        std::string_view const text = in.c.text;
        ng::stream_decoder<T> d({}, Hint ? text.size() : 0);
        for(std::size_t at = 0; at < text.size(); at += chunk)
            if(auto r = d.write(text.substr(at, chunk)); !r)
                return r.error();
        if(auto r = d.finish(); !r)
            return r.error();
        return d.release();
    });
}

// decode, then validate() the result against the model's constraints.
template <class T>
void decode_neptune_graph_validate(benchmark::State& state, input<T> const& in, std::string const& name)
{
    if(!ng::validate(in.c.value).empty())
        die(name, "the corpus breaks a constraint of the model");
    run_decode<true>(state, in, name, [&] {
        auto r = ng::decode<T>(in.c.text);
        if(r && !ng::validate(*r).empty())
            die(name, "validation failed");
        return r;
    });
}

// decode_into the same object again and again: its capacity can be reused.
template <class T>
void decode_neptune_graph_reuse(benchmark::State& state, input<T> const& in, std::string const& name)
{
    T out;
    run_decode<true>(state, in, name, [&]() -> T const& {
        auto r = ng::decode_into(out, in.c.text);
        if(!r)
            die(name, "decode_into failed: " + std::string(r.error().what()));
        return out;
    });
}

template <class T>
void decode_boost_json_value_to(benchmark::State& state, input<T> const& in, std::string const& name)
{
    run_decode<true>(state, in, name,
               [&] { return boost::json::value_to<T>(boost::json::parse(in.c.text)); });
}

template <class T>
void decode_boost_json_dom(benchmark::State& state, input<T> const& in, std::string const& name)
{
    run_decode<false>(state, in, name, [&] { return boost::json::parse(in.c.text); });
}

#if !NEPTUNE_GRAPH_BENCH_GLAZE
template <class T>
void decode_nlohmann(benchmark::State& state, input<T> const& in, std::string const& name)
{
    run_decode<true>(state, in, name, [&] { return peers::nlohmann_codec::decode<T>(in.c.text); });
}

template <class T>
void decode_rapidjson(benchmark::State& state, input<T> const& in, std::string const& name)
{
    run_decode<true>(state, in, name, [&] {
        T out;
        if(!peers::rapidjson_codec::decode(in.c.text, out))
            die(name, "decode failed");
        return out;
    });
}

template <class T>
void decode_simdjson_ondemand(benchmark::State& state, input<T> const& in, std::string const& name)
{
    simdjson::ondemand::parser parser;  // reused, as simdjson recommends
    run_decode<true>(state, in, name, [&] {
        T out;
        auto e = peers::simdjson_codec::decode(parser, in.padded, out);
        if(e != simdjson::SUCCESS)
            die(name, std::string("decode failed: ") + simdjson::error_message(e));
        return out;
    });
}
#endif

// A basic_parser handler that accepts every event and does nothing: the
// ceiling for any decoder built on Boost.JSON's parser.
struct null_handler
{
    static constexpr std::size_t max_object_size = static_cast<std::size_t>(-1);
    static constexpr std::size_t max_array_size = static_cast<std::size_t>(-1);
    static constexpr std::size_t max_key_size = static_cast<std::size_t>(-1);
    static constexpr std::size_t max_string_size = static_cast<std::size_t>(-1);

    using ec = boost::system::error_code;
    using sv = boost::json::string_view;
    bool on_document_begin(ec&) { return true; }
    bool on_document_end(ec&) { return true; }
    bool on_object_begin(ec&) { return true; }
    bool on_object_end(std::size_t, ec&) { return true; }
    bool on_array_begin(ec&) { return true; }
    bool on_array_end(std::size_t, ec&) { return true; }
    bool on_key_part(sv, std::size_t, ec&) { return true; }
    bool on_key(sv, std::size_t, ec&) { return true; }
    bool on_string_part(sv, std::size_t, ec&) { return true; }
    bool on_string(sv, std::size_t, ec&) { return true; }
    bool on_number_part(sv, ec&) { return true; }
    bool on_int64(std::int64_t, sv, ec&) { return true; }
    bool on_uint64(std::uint64_t, sv, ec&) { return true; }
    bool on_double(double, sv, ec&) { return true; }
    bool on_bool(bool, ec&) { return true; }
    bool on_null(ec&) { return true; }
    bool on_comment_part(sv, ec&) { return true; }
    bool on_comment(sv, ec&) { return true; }
};

template <class T>
void decode_null_handler_bound(benchmark::State& state, input<T> const& in, std::string const& name)
{
    run_decode<false>(state, in, name, [&] {
        boost::json::basic_parser<null_handler> p(boost::json::parse_options{});
        boost::system::error_code ec;
        std::size_t n = p.write_some(false, in.c.text.data(), in.c.text.size(), ec);
        if(ec || n != in.c.text.size())
            die(name, "parse failed");
        return n;
    });
}

// ---- encoders -----------------------------------------------------------------

template <class T>
void encode_neptune_graph(benchmark::State& state, input<T> const& in, std::string const& name)
{
    std::string out;
    run_encode(state, in, name, [&] {
        out.clear();
        if(!ng::encode_to(out, in.c.value))
            die(name, "encode failed");
        return std::string_view(out);
    });
}

template <class T>
void encode_boost_json_value_from(benchmark::State& state, input<T> const& in, std::string const& name)
{
    run_encode(state, in, name,
               [&] { return boost::json::serialize(boost::json::value_from(in.c.value)); });
}

#if !NEPTUNE_GRAPH_BENCH_GLAZE
template <class T>
void encode_nlohmann(benchmark::State& state, input<T> const& in, std::string const& name)
{
    run_encode(state, in, name, [&] { return peers::nlohmann_codec::encode(in.c.value); });
}

template <class T>
void encode_rapidjson(benchmark::State& state, input<T> const& in, std::string const& name)
{
    rapidjson::StringBuffer buf;
    peers::rapidjson_codec::writer w(buf);
    run_encode(state, in, name, [&] {
        peers::rapidjson_codec::encode(buf, w, in.c.value);
        return std::string_view(buf.GetString(), buf.GetSize());
    });
}
#endif

// The text encode_to writes for the corpus (made once, with the corpus) copied
// into a reused string: no encoder that has to produce these bytes in a string
// can be faster. The pointer escapes and memory is clobbered after each copy,
// so the compiler can neither drop nor hoist it.
template <class T>
void encode_memcpy_bound(benchmark::State& state, input<T> const& in, std::string const& name)
{
    std::string out;
    run_encode(state, in, name, [&] {
        out.assign(in.c.encoded);
        benchmark::DoNotOptimize(out.data());
        benchmark::ClobberMemory();
        return std::string_view(out);
    });
}

// ---- Glaze (neptune_graph_bench_glaze) ----------------------------------------

#if NEPTUNE_GRAPH_BENCH_GLAZE
namespace gz = peers::glaze_codec;

template <class T>
using glaze_t = gz::glaze_type_t<T>;

// Glaze's value, converted to the model, must equal the reference value.
template <class T, class G>
void expect_glaze_equal(G const& got, input<T> const& in, std::string const& name)
{
    try
    {
        expect_equal(gz::to_model(got), in.c.value, name);
    }
    catch(std::exception const& e)
    {
        die(name, e.what());
    }
}

template <class G>
void glaze_read(std::string& text, G& out, std::string const& name)
{
    if(auto ec = gz::decode(text, out))
        die(name, "decode failed: " + glz::format_error(ec, text));
}

// The corpus in a string Glaze may pad, with room for the padding: copied
// before timing, like simdjson's padded_string.
inline std::string glaze_text(std::string const& text)
{
    std::string r;
    r.reserve(text.size() + glz::padding_bytes);
    r = text;
    return r;
}

// glz::read into a fresh value each time.
template <class T>
void decode_glaze(benchmark::State& state, input<T> const& in, std::string const& name)
{
    std::string text = glaze_text(in.c.text);
    auto once = [&] {
        glaze_t<T> out;
        glaze_read(text, out, name);
        return out;
    };
    expect_glaze_equal(once(), in, name);
    run_decode<false>(state, in, name, once);
}

// glz::read into the same value every time: its strings and list elements are
// reused. Checked after a read into an already filled value.
template <class T>
void decode_glaze_reused(benchmark::State& state, input<T> const& in, std::string const& name)
{
    std::string text = glaze_text(in.c.text);
    glaze_t<T> out;
    auto once = [&]() -> glaze_t<T> const& {
        glaze_read(text, out, name);
        return out;
    };
    once();
    expect_glaze_equal(once(), in, name);
    run_decode<false>(state, in, name, once);
}

// glz::write of the reference value (converted before timing) into a reused string.
template <class T>
void encode_glaze(benchmark::State& state, input<T> const& in, std::string const& name)
{
    glaze_t<T> v;
    try
    {
        v = gz::from_model(in.c.value);
    }
    catch(std::exception const& e)
    {
        die(name, e.what());
    }
    std::string out;
    auto once = [&] {
        if(auto ec = gz::encode(v, out))
            die(name, "encode failed: " + glz::format_error(ec));
        return std::string_view(out);
    };
    // Glaze grows its buffer to twice what it needs at the point it runs short,
    // so the capacity settles on the second write: one write here makes
    // `allocs` that of the steady state, as it is for encode_to.
    once();
    run_encode(state, in, name, once);
}
#endif

// ---- registration -------------------------------------------------------------

template <class T>
using bench_fn = void (*)(benchmark::State&, input<T> const&, std::string const&);

template <class T>
void add(std::string const& name, bench_fn<T> fn, input<T> const& (*get)())
{
    benchmark::RegisterBenchmark(name.c_str(),
                                 [fn, get, name](benchmark::State& s) { fn(s, get(), name); });
}

// The peers of this build, for the corpora they cover (the ListImportTasks and
// GetImportTask outputs only).
#if NEPTUNE_GRAPH_BENCH_GLAZE
constexpr bool boost_json_cases = false;  // they are in neptune_graph_bench

template <class T>
void add_decode_peers(std::string const& d, input<T> const& (*get)())
{
    add<T>(d + "glaze_reused", decode_glaze_reused<T>, get);
    add<T>(d + "glaze", decode_glaze<T>, get);
}

template <class T>
void add_encode_peers(std::string const& e, input<T> const& (*get)())
{
    add<T>(e + "glaze", encode_glaze<T>, get);
}
#else
constexpr bool boost_json_cases = true;

template <class T>
void add_decode_peers(std::string const& d, input<T> const& (*get)())
{
    add<T>(d + "nlohmann", decode_nlohmann<T>, get);
    add<T>(d + "rapidjson", decode_rapidjson<T>, get);
    add<T>(d + "simdjson_ondemand", decode_simdjson_ondemand<T>, get);
}

template <class T>
void add_encode_peers(std::string const& e, input<T> const& (*get)())
{
    add<T>(e + "nlohmann", encode_nlohmann<T>, get);
    add<T>(e + "rapidjson", encode_rapidjson<T>, get);
}
#endif

// Every corpus has this library, Boost.JSON's own conversions and its DOM (in
// neptune_graph_bench), the parser's bound for decoding and a copy of the
// output for encoding; `Peers` adds the peers of this build.
template <bool Peers, class T>
void register_corpus(std::string const& corpus, input<T> const& (*get)(), bool with_encode)
{
    std::string const d = "decode/" + corpus + "/";
    add<T>(d + "neptune_graph", decode_neptune_graph<T>, get);
    add<T>(d + "neptune_graph_validate", decode_neptune_graph_validate<T>, get);
    add<T>(d + "neptune_graph_reuse", decode_neptune_graph_reuse<T>, get);
    if constexpr(boost_json_cases)
    {
        add<T>(d + "boost_json_value_to", decode_boost_json_value_to<T>, get);
        add<T>(d + "boost_json_dom", decode_boost_json_dom<T>, get);
    }
    if constexpr(Peers)
        add_decode_peers<T>(d, get);
    add<T>(d + "null_handler_bound", decode_null_handler_bound<T>, get);
    if(!with_encode)  // a shuffled corpus holds the same value as its original
        return;
    std::string const e = "encode/" + corpus + "/";
    add<T>(e + "neptune_graph", encode_neptune_graph<T>, get);
    if constexpr(boost_json_cases)
        add<T>(e + "boost_json_value_from", encode_boost_json_value_from<T>, get);
    if constexpr(Peers)
        add_encode_peers<T>(e, get);
    add<T>(e + "memcpy_bound", encode_memcpy_bound<T>, get);
}

template <class T>
std::string sizes(input<T> const& in)
{
    return std::to_string(in.c.text.size()) + " bytes";
}

// glibc adapts its mmap threshold to the blocks freed so far and gives the top
// of the heap back to the kernel past a trim threshold. Left alone, a case
// that builds a large DOM then re-faults ~10 MB of pages per call or not,
// depending on which cases ran before it (decode/list_10000/boost_json_value_to
// measured 250 MB/s alone and 60 MB/s after decode/list_10000/neptune_graph).
// Fixed settings keep freed memory in the process, as in a long-running
// service, and make every case independent of the order they run in.
void steady_heap()
{
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 32 << 20);  // the largest glibc accepts; also stops the adaptation
    mallopt(M_TRIM_THRESHOLD, 512 << 20);
#endif
}

} // namespace

int main(int argc, char** argv)
{
    steady_heap();
    register_corpus<true>("list_1", list_1, true);
    register_corpus<true>("list_100", list_100, true);
    register_corpus<true>("list_100_shuffled", list_100_shuffled, false);
    register_corpus<true>("list_10000", list_10000, true);
    add<ListImportTasksOutput>("decode_chunked/list_10000/neptune_graph", decode_chunked_neptune_graph<true>,
                               list_10000);
    add<ListImportTasksOutput>("decode_chunked/list_10000/neptune_graph_no_hint",
                               decode_chunked_neptune_graph<false>, list_10000);
    register_corpus<true>("get_import_task", get_import_task, true);
    register_corpus<true>("get_import_task_shuffled", get_import_task_shuffled, false);
#if !NEPTUNE_GRAPH_BENCH_GLAZE  // no peer covers it
    register_corpus<false>("create_graph_request", create_graph_request, true);
#endif
    benchmark::AddCustomContext("corpus list_1", sizes(list_1()));
    benchmark::AddCustomContext("corpus list_100", sizes(list_100()));
    benchmark::AddCustomContext("corpus list_100_shuffled", sizes(list_100_shuffled()));
    benchmark::AddCustomContext("corpus list_10000", sizes(list_10000()));
    benchmark::AddCustomContext("corpus get_import_task", sizes(get_import_task()));
    benchmark::AddCustomContext("corpus get_import_task_shuffled", sizes(get_import_task_shuffled()));
#if !NEPTUNE_GRAPH_BENCH_GLAZE
    benchmark::AddCustomContext("corpus create_graph_request", sizes(create_graph_request()));
#endif
    benchmark::Initialize(&argc, argv);
    if(benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
}
