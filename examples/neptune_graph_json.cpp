// neptune-graph-json: decode a JSON document as one shape of the model and
// print it re-encoded in canonical form.
//
// It is for checking payloads from logs: paste a response body on stdin and
// either get it back canonical (members in model order, no whitespace, unknown
// keys dropped) or learn exactly where and why the library refuses it.
//
//   $ neptune-graph-json GetImportTaskOutput < body.json
//   $ echo '{"tasks":[{"taskId":"t-0123456789","status":7}]}' | neptune-graph-json ListImportTasksOutput
//   error: $.tasks[0].status: expected a string, got a number
//
// Exit status: 0 re-encoded, 1 the input was refused, 2 usage error.
//
// This file shows the whole API a tool needs: decode<T>, encode, the error's
// what(), and shape_name/all_shapes to pick T by name at run time.

#include <neptune_graph/neptune_graph.hpp>

#include <boost/mp11/algorithm.hpp>

#include <iostream>
#include <iterator>
#include <string>
#include <string_view>

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#endif

namespace ng = neptune_graph;

namespace {

// Decodes `in` as a T and prints its canonical encoding; returns the exit status.
template <class T>
int reencode(std::string_view in, bool pretty)
{
    auto decoded = ng::decode<T>(in);
    if(!decoded)
    {
        std::cerr << "error: " << decoded.error().what() << '\n';
        return 1;
    }
    ng::encode_options opts;
    opts.pretty = pretty;
    opts.pass_through_unknown = true;  // show unknown union members as received
    auto text = ng::encode(*decoded, opts);
    if(!text)
    {
        std::cerr << "error: " << text.error().what() << '\n';
        return 1;
    }
    std::cout << *text << '\n' << std::flush;
    return std::cout ? 0 : 1;
}

using reencoder = int (*)(std::string_view, bool);

// The reencoder of the shape called `name`, or nullptr.
reencoder find_shape(std::string_view name)
{
    reencoder found = nullptr;
    // mp_identity: iterate over the types without constructing the shapes.
    boost::mp11::mp_for_each<boost::mp11::mp_transform<boost::mp11::mp_identity, ng::all_shapes>>(
        [&](auto shape) {
            using T = typename decltype(shape)::type;
            if(name == ng::shape_name<T>::value)
                found = &reencode<T>;
        });
    return found;
}

void usage(std::ostream& os)
{
    os << "usage: neptune-graph-json SHAPE [--pretty] < document.json\n"
          "Decodes the JSON document on stdin as SHAPE and prints it re-encoded.\n"
          "Exit status: 0 ok, 1 invalid document, 2 usage error.\n"
          "SHAPE is one of:\n";
    boost::mp11::mp_for_each<boost::mp11::mp_transform<boost::mp11::mp_identity, ng::all_shapes>>(
        [&](auto shape) { os << "  " << ng::shape_name<typename decltype(shape)::type>::value << '\n'; });
}

int usage_error(std::string_view what)
{
    std::cerr << "neptune-graph-json: " << what << '\n';
    usage(std::cerr);
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    char const* shape = nullptr;
    bool pretty = false;
    for(int i = 1; i < argc; ++i)
    {
        std::string_view arg = argv[i];
        if(arg == "--help" || arg == "-h")
        {
            usage(std::cout);
            return 0;
        }
        if(arg == "--pretty")
            pretty = true;
        else if(!arg.empty() && arg[0] == '-')
            return usage_error("unknown option '" + std::string(arg) + "'");
        else if(!shape)
            shape = argv[i];
        else
            return usage_error("too many arguments");
    }
    if(!shape)
        return usage_error("no SHAPE given");
    reencoder run = find_shape(shape);
    if(!run)
        return usage_error("unknown shape '" + std::string(shape) + "'");

#ifdef _WIN32
    // Bytes as they are: no CRLF translation, no stop at Ctrl-Z.
    _setmode(_fileno(stdin), _O_BINARY);
    _setmode(_fileno(stdout), _O_BINARY);
#endif
    std::string in(std::istreambuf_iterator<char>(std::cin), {});
    return run(in, pretty);
}
