// Decode and encode throughput of the codec against Boost.JSON's DOM, on the
// deterministic corpora of corpus.hpp. Names: decode/<corpus>/<impl>.
#include "corpus.hpp"

#include <benchmark/benchmark.h>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value_from.hpp>
#include <boost/json/value_to.hpp>

#include <cstdlib>
#include <iostream>
#include <string>

namespace {

using namespace neptune_graph;

template <class T>
struct corpus
{
    T value;
    std::string text;
};

template <class T>
corpus<T> make(T v)
{
    std::string text = encode(v).value();
    return {std::move(v), std::move(text)};
}

corpus<ListImportTasksOutput> const& list(std::size_t n)
{
    static corpus<ListImportTasksOutput> const c1 = make(bench::corpus_generator(1).list(1));
    static corpus<ListImportTasksOutput> const c100 = make(bench::corpus_generator(100).list(100));
    static corpus<ListImportTasksOutput> const c10k = make(bench::corpus_generator(10000).list(10000));
    return n == 1 ? c1 : n == 100 ? c100 : c10k;
}

corpus<GetImportTaskOutput> const& get_task()
{
    static corpus<GetImportTaskOutput> const c = make(bench::corpus_generator(7).get_import_task());
    return c;
}

// Every implementation must produce the reference value before it is timed.
template <class T>
void expect_equal(T const& got, T const& want, char const* what)
{
    if(!(got == want))
    {
        std::cerr << "benchmark " << what << " decoded a different value\n";
        std::abort();
    }
}

template <class T>
void decode_neptune_graph(benchmark::State& state, corpus<T> const& c)
{
    expect_equal(decode<T>(c.text).value(), c.value, "neptune_graph");
    for(auto _ : state)
    {
        auto r = decode<T>(c.text);
        benchmark::DoNotOptimize(r);
    }
    state.SetBytesProcessed(state.iterations() * c.text.size());
}

template <class T>
void decode_value_to(benchmark::State& state, corpus<T> const& c)
{
    expect_equal(boost::json::value_to<T>(boost::json::parse(c.text)), c.value, "boost_json_value_to");
    for(auto _ : state)
    {
        auto r = boost::json::value_to<T>(boost::json::parse(c.text));
        benchmark::DoNotOptimize(r);
    }
    state.SetBytesProcessed(state.iterations() * c.text.size());
}

template <class T>
void decode_dom(benchmark::State& state, corpus<T> const& c)
{
    for(auto _ : state)
    {
        auto v = boost::json::parse(c.text);
        benchmark::DoNotOptimize(v);
    }
    state.SetBytesProcessed(state.iterations() * c.text.size());
}

template <class T>
void encode_neptune_graph(benchmark::State& state, corpus<T> const& c)
{
    std::string out;
    for(auto _ : state)
    {
        out.clear();
        encode_to(out, c.value).value();
        benchmark::DoNotOptimize(out.data());
    }
    state.SetBytesProcessed(state.iterations() * c.text.size());
}

template <class T>
void encode_value_from(benchmark::State& state, corpus<T> const& c)
{
    for(auto _ : state)
    {
        std::string s = boost::json::serialize(boost::json::value_from(c.value));
        benchmark::DoNotOptimize(s.data());
    }
    state.SetBytesProcessed(state.iterations() * c.text.size());
}

template <class T>
void register_corpus(std::string const& name, corpus<T> const& (*get)())
{
    auto add = [&](std::string const& n, void (*fn)(benchmark::State&, corpus<T> const&)) {
        benchmark::RegisterBenchmark(n.c_str(), [fn, get](benchmark::State& s) { fn(s, get()); });
    };
    add("decode/" + name + "/neptune_graph", decode_neptune_graph<T>);
    add("decode/" + name + "/boost_json_value_to", decode_value_to<T>);
    add("decode/" + name + "/boost_json_dom", decode_dom<T>);
    add("encode/" + name + "/neptune_graph", encode_neptune_graph<T>);
    add("encode/" + name + "/boost_json_value_from", encode_value_from<T>);
}

} // namespace

int main(int argc, char** argv)
{
    register_corpus<ListImportTasksOutput>("list_1", [] () -> auto const& { return list(1); });
    register_corpus<ListImportTasksOutput>("list_100", [] () -> auto const& { return list(100); });
    register_corpus<ListImportTasksOutput>("list_10000", [] () -> auto const& { return list(10000); });
    register_corpus<GetImportTaskOutput>("get_import_task", [] () -> auto const& { return get_task(); });
    benchmark::Initialize(&argc, argv);
    if(benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
}
