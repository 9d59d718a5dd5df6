// neptune-graph-example-server: CancelImportTask, GetImportTask and ListImportTasks over HTTP/1.1,
// from import tasks held in memory. A test double for clients (the AWS SDKs included), not a service:
// it binds to 127.0.0.1 only and accepts any Authorization header without checking it.
//
//   neptune-graph-example-server [--port N] [--seed FILE] [--idle-seconds S]
//
// Prints `listening on 127.0.0.1:<port>` once it accepts connections (port 0:
// any free port), serves until SIGINT or SIGTERM, then exits 0.
#include "http_session.hpp"
#include "task_store.hpp"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/address.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>

#ifndef NEPTUNE_GRAPH_EXAMPLE_SEED
#define NEPTUNE_GRAPH_EXAMPLE_SEED "seed.json"
#endif

namespace {

namespace fs = std::filesystem;
namespace net = boost::asio;
using example::tcp;

constexpr char usage[] = "usage: neptune-graph-example-server [--port N] [--seed FILE] [--idle-seconds S]\n";

// The shipped seed: in the source tree the build points at, else the copy next to the executable.
fs::path default_seed(char const* argv0)
{
    fs::path in_source = NEPTUNE_GRAPH_EXAMPLE_SEED;
    std::error_code ec;
    if(fs::is_regular_file(in_source, ec))
        return in_source;
    return fs::path(argv0).parent_path() / "seed.json";
}

bool read_file(fs::path const& path, std::string& out)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    out = std::move(text).str();
    return in.good() || in.eof();
}

// Accepts connections one after the other; each gets its own session.
void accept(tcp::acceptor& acceptor, example::task_store& store, std::chrono::seconds idle)
{
    acceptor.async_accept([&acceptor, &store, idle](boost::system::error_code ec, tcp::socket socket) {
        if(ec == net::error::operation_aborted)
            return;
        if(ec)
            std::clog << "accept: " << ec.message() << std::endl;
        else
            std::make_shared<example::http_session>(std::move(socket), store, idle)->start();
        accept(acceptor, store, idle);
    });
}

} // namespace

int main(int argc, char** argv)
{
    unsigned long port = 0;
    unsigned long idle_seconds = example::session_limits::default_idle.count();
    fs::path seed_path;
    for(int i = 1; i < argc; ++i)
    {
        std::string_view arg = argv[i];
        if(arg == "--help" || arg == "-h")
        {
            std::cout << usage;
            return 0;
        }
        if((arg == "--port" || arg == "--seed" || arg == "--idle-seconds") && i + 1 < argc)
        {
            std::string value = argv[++i];
            if(arg == "--seed")
            {
                seed_path = value;
                continue;
            }
            bool const is_port = arg == "--port";
            char* end = nullptr;
            unsigned long n = std::strtoul(value.c_str(), &end, 10);
            if(!value.empty() && value[0] >= '0' && value[0] <= '9' && *end == '\0' &&
               (is_port ? n <= 65535 : n >= 1 && n <= 3600))
            {
                (is_port ? port : idle_seconds) = n;
                continue;
            }
            std::cerr << (is_port ? "invalid port '" : "invalid idle time (1 to 3600 seconds) '") << value
                      << "'\n";
            return 2;
        }
        std::cerr << "unknown or incomplete argument '" << arg << "'\n" << usage;
        return 2;
    }
    if(seed_path.empty())
        seed_path = default_seed(argv[0]);

    std::string text;
    if(!read_file(seed_path, text))
    {
        std::cerr << "cannot read the seed file " << seed_path.string() << '\n';
        return 1;
    }
    auto tasks = example::read_seed(text);
    if(!tasks)
    {
        std::cerr << seed_path.string() << ": " << tasks.error().what() << '\n';
        return 1;
    }
    example::task_store store(std::move(*tasks));

    net::io_context ioc{1};
    // Signals are caught before the port is announced: whoever reads the
    // announcement may stop the server at once.
    net::signal_set signals(ioc, SIGINT, SIGTERM);
    signals.async_wait([&ioc](boost::system::error_code, int) { ioc.stop(); });

    tcp::acceptor acceptor(ioc);
    try
    {
        tcp::endpoint endpoint(net::ip::make_address_v4("127.0.0.1"), static_cast<unsigned short>(port));
        acceptor.open(endpoint.protocol());
        acceptor.set_option(net::socket_base::reuse_address(true));
        acceptor.bind(endpoint);
        acceptor.listen();
    }
    catch(boost::system::system_error const& e)
    {
        std::cerr << "cannot listen on 127.0.0.1:" << port << ": " << e.code().message() << '\n';
        return 1;
    }
    accept(acceptor, store, std::chrono::seconds(idle_seconds));

    std::clog << "serving " << store.size() << " import tasks from " << seed_path.string() << std::endl;
    std::cout << "listening on 127.0.0.1:" << acceptor.local_endpoint().port() << std::endl;  // flushed
    ioc.run();
    return 0;
}
