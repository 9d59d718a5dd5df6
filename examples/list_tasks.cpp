// The README's example: decode a ListImportTasks page, use it, encode it again.
// README.md quotes the lines between [readme] and [/readme] (the test
// docs_snippets keeps the two equal); the test readme_example runs the program.
// [readme]
#include <neptune_graph/neptune_graph.hpp>
#include <iostream>

int main()
{
    namespace ng = neptune_graph;
    auto r = ng::decode<ng::ListImportTasksOutput>(R"({"tasks":[{"taskId":"t-0123456789",
        "source":"s3://bucket/data","roleArn":"arn:aws:iam::123456789012:role/Import",
        "status":"IMPORTING","format":"CSV"}],"nextToken":"abc"})");
    if(!r)
    {
        std::cerr << "error: " << r.error().what() << '\n';  // path: message
        return 1;
    }
    for(ng::ImportTaskSummary const& t : r->tasks)
        if(t.status == ng::ImportTaskStatus::IMPORTING)
            std::cout << t.taskId << " is importing " << t.source << '\n';

    r->nextToken.reset();
    std::cout << ng::encode(*r).value() << '\n';  // compact, members in model order
}
// [/readme]
