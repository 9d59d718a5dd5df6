// neptune-graph-example-server: the nine import and export task operations over HTTP/1.1, with
// graphs and tasks held in memory and moved along by a simulated clock. A test double for clients
// (the AWS SDKs included), not a service: it binds to 127.0.0.1 only and accepts any Authorization
// header without checking it.
//
//   neptune-graph-example-server [--port N] [--seed FILE] [--idle-seconds S] [--time-scale N] [--max-graphs N]
//                                [--state FILE]
//
// With --state FILE, every answer is saved to FILE (atomically) before it is
// sent, and a restart on the same FILE resumes from it (docs/example-server.md).
//
// Prints `listening on 127.0.0.1:<port>` once it accepts connections (port 0:
// any free port), serves until SIGINT or SIGTERM, then exits 0.
#include "http_session.hpp"
#include "seed.hpp"
#include "server_state.hpp"
#include "sim_clock.hpp"
#include "state_file.hpp"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/address.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
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

constexpr char usage[] = "usage: neptune-graph-example-server [--port N] [--seed FILE] [--idle-seconds S]\n"
                         "                                    [--time-scale N] [--max-graphs N] [--state FILE]\n";

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
    errno = 0;
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    out = std::move(text).str();
    return in.good() || in.eof();
}

// Accepts connections one after the other; each gets its own session.
void accept(tcp::acceptor& acceptor, example::server_state& state, std::chrono::seconds idle)
{
    acceptor.async_accept([&acceptor, &state, idle](boost::system::error_code ec, tcp::socket socket) {
        if(ec == net::error::operation_aborted)
            return;
        if(ec)
            std::clog << "accept: " << ec.message() << std::endl;
        else
            std::make_shared<example::http_session>(std::move(socket), state, idle)->start();
        accept(acceptor, state, idle);
    });
}

} // namespace

int main(int argc, char** argv)
{
    unsigned long port = 0;
    unsigned long idle_seconds = example::session_limits::default_idle.count();
    unsigned long time_scale = 1;
    unsigned long max_graphs = 0;  // 0: no limit
    fs::path seed_path;
    fs::path state_path;
    // The numeric options: name, where it goes, its range, what the error says.
    struct numeric
    {
        std::string_view name;
        unsigned long* value;
        unsigned long min, max;
        char const* what;
    };
    numeric const numerics[] = {
        {"--port", &port, 0, 65535, "invalid port"},
        {"--idle-seconds", &idle_seconds, 1, 3600, "invalid idle time (1 to 3600 seconds)"},
        {"--time-scale", &time_scale, 1, example::sim_clock::max_scale, "invalid time scale (1 to 100000)"},
        {"--max-graphs", &max_graphs, 1, 1000000, "invalid graph limit (1 to 1000000)"},
    };
    for(int i = 1; i < argc; ++i)
    {
        std::string_view arg = argv[i];
        if(arg == "--help" || arg == "-h")
        {
            std::cout << usage;
            return 0;
        }
        if(arg == "--seed" && i + 1 < argc)
        {
            seed_path = argv[++i];
            continue;
        }
        if(arg == "--state" && i + 1 < argc && argv[i + 1][0] != '\0')
        {
            state_path = argv[++i];
            continue;
        }
        auto option = std::find_if(std::begin(numerics), std::end(numerics),
                                   [&](numeric const& o) { return o.name == arg; });
        if(option != std::end(numerics) && i + 1 < argc)
        {
            std::string value = argv[++i];
            char* end = nullptr;
            unsigned long n = std::strtoul(value.c_str(), &end, 10);
            if(!value.empty() && value[0] >= '0' && value[0] <= '9' && *end == '\0' && n >= option->min &&
               n <= option->max)
            {
                *option->value = n;
                continue;
            }
            std::cerr << option->what << " '" << value << "'\n";
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
    example::server_options options;
    if(max_graphs > 0)
        options.max_graphs = max_graphs;

    // --state: an existing file is read (and refused, untouched, if it is not a
    // valid state file of this version); the clock resumes from its simulated time.
    std::optional<example::state_file> saved;
    if(!state_path.empty())
    {
        std::error_code ec;
        bool exists = fs::exists(state_path, ec);
        if(ec)
        {
            std::cerr << "cannot read the state file " << state_path.string() << ": " << ec.message() << '\n';
            return 1;
        }
        if(exists)
        {
            std::string state_text;
            if(!read_file(state_path, state_text))
            {
                std::cerr << "cannot read the state file " << state_path.string() << '\n';
                return 1;
            }
            auto s = example::read_state(state_text);
            if(!s)
            {
                std::cerr << example::describe(state_path.string(), s.error()) << '\n';
                return 1;
            }
            saved = std::move(*s);
        }
    }
    auto clock = saved ? example::sim_clock(static_cast<std::int64_t>(time_scale), saved->simulatedTime)
                       : example::sim_clock(static_cast<std::int64_t>(time_scale));
    example::server_state state(std::move(*tasks), [clock] { return clock.now(); }, options);
    if(!state_path.empty())
    {
        if(saved)
        {
            if(auto restored = state.restore(*saved); !restored)
            {
                std::cerr << example::describe(state_path.string(), restored.error()) << '\n';
                return 1;
            }
        }
        auto save = [state_path](example::state_file const& s) -> std::optional<std::string> {
            auto text = example::write_state(s);
            if(!text)
                return "cannot encode the state: " + text.error().what();
            return example::write_file_atomically(state_path, *text);
        };
        // A new file is written at once: a path that cannot be written is found now, not at the first request.
        if(!saved)
            if(auto why = save(state.snapshot(clock.now())))
            {
                std::cerr << "cannot write the state file " << state_path.string() << ": " << *why << '\n';
                return 1;
            }
        state.save_with(save);
    }

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
    accept(acceptor, state, std::chrono::seconds(idle_seconds));

    std::clog << "serving " << state.import_task_count() << " import tasks from " << seed_path.string()
              << (saved ? " and " + state_path.string() : std::string()) << ", time scale " << time_scale
              << std::endl;
    std::cout << "listening on 127.0.0.1:" << acceptor.local_endpoint().port() << std::endl;  // flushed
    ioc.run();
    return 0;
}
