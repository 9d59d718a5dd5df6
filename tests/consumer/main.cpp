// Downstream smoke test shared by tests/consumer (installed package) and
// tests/vendored (add_subdirectory): decode, inspect, re-encode.
#include <neptune_graph/neptune_graph.hpp>

#include <iostream>
#include <string>

int main()
{
    const std::string text =
        R"({"tasks":[{"taskId":"t-0123456789","source":"s3://b/k",)"
        R"("roleArn":"arn:aws:iam::123456789012:role/r","status":"SUCCEEDED"}]})";

    auto r = neptune_graph::decode<neptune_graph::ListImportTasksOutput>(text);
    if (!r.has_value()) {
        std::cerr << "decode failed\n";
        return 1;
    }
    if (r->tasks.size() != 1 || r->tasks[0].taskId != "t-0123456789") {
        std::cerr << "decoded value is wrong\n";
        return 1;
    }

    auto encoded = neptune_graph::encode(*r);
    if (!encoded.has_value()) {
        std::cerr << "encode failed\n";
        return 1;
    }
    std::cout << *encoded << '\n';
    if (*encoded != text) {
        std::cerr << "round trip differs from input:\n" << text << '\n';
        return 1;
    }
    return 0;
}
