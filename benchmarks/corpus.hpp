// Deterministic benchmark corpora: realistic import tasks and a request that
// creates a graph, from a seeded generator, their JSON text with a few keys the
// model does not know, and the same text with every object's keys in a random
// (seeded) order.
#ifndef NEPTUNE_GRAPH_BENCH_CORPUS_HPP
#define NEPTUNE_GRAPH_BENCH_CORPUS_HPP

#include <neptune_graph/neptune_graph.hpp>

#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <charconv>
#include <cstdint>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace bench {

using namespace neptune_graph;

// Model values. Sizes are tuned so a ListImportTasks page of 10000 tasks is
// about 2 MB of JSON (about 200 bytes a task, as the service sends them).
class corpus_generator
{
public:
    explicit corpus_generator(std::uint64_t seed) : rng_(seed) {}

    ImportTaskSummary summary()
    {
        ImportTaskSummary t;
        if(chance(0.9))
            t.graphId = "g-" + id();
        t.taskId = "t-" + id();
        t.source = source();
        if(chance(0.8))
            t.format = static_cast<Format>(pick(0, 3));
        if(t.format == Format::PARQUET)
            t.parquetType = ParquetType::COLUMNAR;
        t.roleArn = "arn:aws:iam::" + account() + ":role/" +
                    (chance(0.5) ? "NeptuneImport-" + id() : std::string("service-role/GraphLoader"));
        t.status = static_cast<ImportTaskStatus>(pick(0, 10));  // every status
        return t;
    }

    ListImportTasksOutput list(std::size_t n)
    {
        ListImportTasksOutput out;
        out.tasks.reserve(n);
        for(std::size_t i = 0; i < n; ++i)
            out.tasks.push_back(summary());
        out.nextToken = "eyJvZmZzZXQiOjEwMH0" + id() + id();
        return out;
    }

    GetImportTaskOutput get_import_task()
    {
        ImportTaskSummary s = summary();
        GetImportTaskOutput t;
        t.graphId = "g-" + id();
        t.taskId = s.taskId;
        t.source = "s3://import-bucket-7/graphs/" + id() + "/nodes/";
        t.format = Format::CSV;
        t.roleArn = s.roleArn;
        t.status = ImportTaskStatus::IMPORTING;
        t.importOptions = ImportOptions{NeptuneImportOptions{
            "s3://export-bucket/neptune/" + id(),
            "arn:aws:kms:us-east-1:" + account() + ":key/" + uuid(), true, false}};
        ImportTaskDetails d;
        d.status = "LOADING_DATA";
        d.startTime = timestamp{1732300000123000 + pick(0, 1000000) * 1000};  // milliseconds
        d.timeElapsedSeconds = pick(0, 100000);
        d.progressPercentage = static_cast<std::int32_t>(pick(0, 100));
        d.errorCount = static_cast<std::int32_t>(pick(0, 20));
        d.errorDetails = "Row 1042: invalid \\u escape in property \"name\"\nRow 2211: missing ~id";
        d.statementCount = pick(0, 5000000000LL);
        d.dictionaryEntryCount = pick(0, 900000000LL);
        t.importTaskDetails = d;
        t.attemptNumber = 1;
        t.statusReason = "Import is in progress";
        return t;
    }

    // A request that creates a graph and imports into it: every member set,
    // 20 tags, the union and a nested structure.
    CreateGraphUsingImportTaskInput create_graph_request()
    {
        CreateGraphUsingImportTaskInput in;
        in.graphName = "social-graph-" + id();
        TagMap tags;
        for(int i = 0; i < 20; ++i)
            tags.emplace("team/" + id() + (i % 3 == 0 ? ":cost-center" : ""), "value " + id() + " " + id());
        in.tags = std::move(tags);
        in.publicConnectivity = false;
        in.kmsKeyIdentifier = "arn:aws:kms:us-east-1:" + account() + ":key/" + uuid();
        in.vectorSearchConfiguration = VectorSearchConfiguration{384};
        in.replicaCount = 1;
        in.deletionProtection = true;
        in.importOptions = ImportOptions{NeptuneImportOptions{
            "s3://export-bucket/neptune/" + id(), "arn:aws:kms:us-east-1:" + account() + ":key/" + uuid(),
            true, false}};
        in.maxProvisionedMemory = 1024;
        in.minProvisionedMemory = 128;
        in.failOnError = true;
        in.source = "s3://import-bucket-7/graphs/" + id() + "/";
        in.format = Format::CSV;
        in.roleArn = "arn:aws:iam::" + account() + ":role/NeptuneImport-" + id();
        return in;
    }

private:
    std::string source()
    {
        double r = std::uniform_real_distribution<double>(0, 1)(rng_);
        if(r < 0.85)  // an S3 prefix, sometimes with characters that need escaping
            return "s3://import-bucket-" + std::to_string(pick(1, 40)) + "/" + id() +
                   (chance(0.5) ? "/part-" + std::to_string(pick(0, 9999)) : std::string()) +
                   (chance(0.1) ? "/with \"quotes\"" : "/");
        if(r < 0.95)  // a Neptune database endpoint
            return "neptune-db://db-" + id() + ".cluster-" + id() + ".us-east-1.neptune.amazonaws.com";
        return "arn:aws:rds:us-east-1:" + account() + ":cluster-snapshot:snap-" + id();
    }

    std::string account() { return std::to_string(pick(100000000000LL, 999999999999LL)); }

    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(rng_) < p; }
    long long pick(long long lo, long long hi)
    {
        return std::uniform_int_distribution<long long>(lo, hi)(rng_);
    }
    std::string uuid()  // 8-4-4-4-12 hex digits, as KMS key ids are
    {
        static constexpr char hex[] = "0123456789abcdef";
        std::string s = "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx";
        for(char& c : s)
            if(c == 'x')
                c = hex[pick(0, 15)];
        return s;
    }

    std::string id()
    {
        static constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
        std::string s(10, 'a');
        for(char& c : s)
            c = alphabet[pick(0, 35)];
        return s;
    }

    std::mt19937_64 rng_;
};

// ---- text-level editing -----------------------------------------------------

// A uniform index in [0, n) from the raw engine output: the same sequence with
// every standard library, unlike std::shuffle or the distributions.
inline std::size_t below(std::mt19937_64& rng, std::size_t n)
{
    return static_cast<std::size_t>(rng() % n);
}

// Serializes `jv` compactly. Numbers keep the form the service writes: a
// double prints as its shortest round-trip decimal in fixed notation where
// that is shorter (1732300123.456, not 1.732300123456E9 as Boost.JSON would).
inline void write_json(boost::json::value const& jv, std::string& out)
{
    switch(jv.kind())
    {
    case boost::json::kind::object:
    {
        out += '{';
        bool first = true;
        for(auto const& kv : jv.get_object())
        {
            if(!first)
                out += ',';
            first = false;
            out += boost::json::serialize(boost::json::string_view(kv.key()));
            out += ':';
            write_json(kv.value(), out);
        }
        out += '}';
        break;
    }
    case boost::json::kind::array:
    {
        out += '[';
        bool first = true;
        for(auto const& v : jv.get_array())
        {
            if(!first)
                out += ',';
            first = false;
            write_json(v, out);
        }
        out += ']';
        break;
    }
    case boost::json::kind::double_:
    {
        char buf[64];
        auto r = std::to_chars(buf, buf + sizeof buf, jv.get_double());
        out.append(buf, r.ptr);
        break;
    }
    default: out += boost::json::serialize(jv); break;
    }
}

inline std::string write_json(boost::json::value const& jv)
{
    std::string out;
    write_json(jv, out);
    return out;
}

// `o` with `key: v` inserted before its member at `pos` (boost::json::object
// only appends, so the object is rebuilt).
inline void insert_at(boost::json::object& o, std::size_t pos, boost::json::string_view key,
                      boost::json::value v)
{
    boost::json::object r(o.storage());
    r.reserve(o.size() + 1);
    std::size_t i = 0;
    for(auto& kv : o)
    {
        if(i++ == pos)
            r.emplace(key, std::move(v));
        r.emplace(kv.key(), std::move(kv.value()));
    }
    if(pos >= o.size())
        r.emplace(key, std::move(v));
    o = std::move(r);
}

// About 5% of the tasks get a key a newer service version would send and this
// model does not have, at a random place among the task's members.
inline void add_unknown_keys(boost::json::value& list_doc, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    for(auto& task : list_doc.at("tasks").as_array())
    {
        if(below(rng, 100) >= 5)
            continue;
        auto& o = task.as_object();
        std::size_t pos = below(rng, o.size() + 1);
        if(below(rng, 2) == 0)
            insert_at(o, pos, "lastUpdated",
                      static_cast<std::int64_t>(1732300000 + below(rng, 1000000)));
        else
            insert_at(o, pos, "tags", boost::json::object{{"team", "graph-platform"}, {"env", "prod"}});
    }
}

// Every object, at every level, with its keys in a random order.
inline void shuffle_keys(boost::json::value& jv, std::mt19937_64& rng)
{
    if(jv.is_array())
    {
        for(auto& v : jv.get_array())
            shuffle_keys(v, rng);
        return;
    }
    if(!jv.is_object())
        return;
    auto& o = jv.get_object();
    std::vector<std::pair<std::string, boost::json::value>> members;
    members.reserve(o.size());
    for(auto& kv : o)
    {
        shuffle_keys(kv.value(), rng);
        members.emplace_back(std::string(kv.key()), std::move(kv.value()));
    }
    for(std::size_t i = members.size(); i > 1; --i)  // Fisher-Yates
        std::swap(members[i - 1], members[below(rng, i)]);
    boost::json::object r(o.storage());
    r.reserve(members.size());
    for(auto& m : members)
        r.emplace(m.first, std::move(m.second));
    o = std::move(r);
}

// ---- the corpora ------------------------------------------------------------

// A model value and the JSON text that decodes to it.
template <class T>
struct corpus
{
    T value;           // the reference every decoder must produce
    std::string text;  // what the decoders read
    std::string encoded;  // encode(value): what the encoders write
};

template <class T>
corpus<T> from_value(T v)
{
    corpus<T> c;
    c.encoded = encode(v).value();
    c.text = c.encoded;
    c.value = std::move(v);
    return c;
}

// The same value with each object's keys shuffled.
template <class T>
corpus<T> shuffled(corpus<T> const& c, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    boost::json::value jv = boost::json::parse(c.text);
    shuffle_keys(jv, rng);
    corpus<T> r = c;
    r.text = write_json(jv);
    return r;
}

inline corpus<ListImportTasksOutput> make_list(std::size_t n, std::uint64_t seed)
{
    corpus<ListImportTasksOutput> c = from_value(corpus_generator(seed).list(n));
    boost::json::value jv = boost::json::parse(c.text);
    add_unknown_keys(jv, seed + 1);
    c.text = write_json(jv);
    return c;
}

inline corpus<GetImportTaskOutput> make_get_import_task(std::uint64_t seed)
{
    return from_value(corpus_generator(seed).get_import_task());
}

inline corpus<CreateGraphUsingImportTaskInput> make_create_graph_request(std::uint64_t seed)
{
    return from_value(corpus_generator(seed).create_graph_request());
}

} // namespace bench

#endif
