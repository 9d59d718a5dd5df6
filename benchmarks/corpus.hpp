// Deterministic benchmark corpora: realistic import tasks from a seeded generator.
#ifndef NEPTUNE_GRAPH_BENCH_CORPUS_HPP
#define NEPTUNE_GRAPH_BENCH_CORPUS_HPP

#include <neptune_graph/neptune_graph.hpp>

#include <random>
#include <string>

namespace bench {

using namespace neptune_graph;

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
        t.source = "s3://import-bucket-" + std::to_string(pick(1, 40)) + "/graphs/" + id() +
                   "/part-" + std::to_string(pick(0, 9999)) + (chance(0.1) ? "/with \"quotes\"" : "");
        if(chance(0.8))
            t.format = static_cast<Format>(pick(0, 3));
        if(t.format == Format::PARQUET)
            t.parquetType = ParquetType::COLUMNAR;
        t.roleArn = "arn:aws:iam::" + std::to_string(pick(100000000000LL, 999999999999LL)) +
                    ":role/NeptuneImport-" + id();
        t.status = static_cast<ImportTaskStatus>(pick(0, 10));
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
        t.graphId = s.graphId;
        t.taskId = s.taskId;
        t.source = s.source;
        t.format = Format::CSV;
        t.roleArn = s.roleArn;
        t.status = ImportTaskStatus::IMPORTING;
        t.importOptions = ImportOptions{NeptuneImportOptions{
            "s3://export-bucket/neptune/" + id(),
            "arn:aws:kms:us-east-1:123456789012:key/" + id() + "-" + id() + "-" + id(), true, false}};
        ImportTaskDetails d;
        d.status = "LOADING_DATA";
        d.startTime = timestamp{1732300000123000 + pick(0, 1000000) * 1000};
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

private:
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(rng_) < p; }
    long long pick(long long lo, long long hi)
    {
        return std::uniform_int_distribution<long long>(lo, hi)(rng_);
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

} // namespace bench

#endif
