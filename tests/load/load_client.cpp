// neptune-graph-load-client: a bounded burst of valid and malformed requests against the example server,
// every answer checked.
//
//   neptune-graph-load-client --port P --seed FILE [--connections N] [--requests M] [--mix-seed S]
//                             [--server-pid PID] [--max-rss-growth-kb K]
//
// N keep-alive connections (default 16) to 127.0.0.1:P send M requests in all
// (default 20000), a mix drawn from S (request_mix.hpp); FILE is the seed the
// server serves. A connection the server closes (after a 413, 431 or 400 for
// what is not HTTP) is opened again. With --server-pid, the server's VmRSS is
// read once a quarter of the requests is answered and again at the end, and
// growing by more than K kB (default 4096) fails the run.
//
// Prints requests/s, latency percentiles (from sending a request to reading
// all of its response), the count of each kind of request and every wrong
// answer. Exits 0 when every answer was right, 1 otherwise, 2 for bad arguments.
#include "request_mix.hpp"

#include <neptune_graph/json/decode.hpp>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/address.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#if defined(__SANITIZE_ADDRESS__)
#define LOAD_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define LOAD_UNDER_ASAN 1
#endif
#endif

namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;
using clock_type = std::chrono::steady_clock;

constexpr char usage[] =
    "usage: neptune-graph-load-client --port P --seed FILE [--connections N] [--requests M]\n"
    "                                 [--mix-seed S] [--server-pid PID] [--max-rss-growth-kb K]\n";

struct options
{
    unsigned long port = 0;
    std::string seed;
    unsigned long connections = 16;
    unsigned long requests = 20000;
    unsigned long mix_seed = 1;
    unsigned long server_pid = 0;
    unsigned long max_rss_growth_kb = 4096;
};

bool parse_number(char const* text, unsigned long& out)
{
    if(*text < '0' || *text > '9')
        return false;
    char* end = nullptr;
    out = std::strtoul(text, &end, 10);
    return *end == '\0';
}

std::optional<options> parse_options(int argc, char** argv)
{
    options o;
    bool have_port = false;
    for(int i = 1; i < argc; ++i)
    {
        std::string_view arg = argv[i];
        if(i + 1 >= argc)
            return std::nullopt;
        char const* value = argv[++i];
        bool ok = true;
        if(arg == "--seed")
            o.seed = value;
        else if(arg == "--port")
            ok = have_port = parse_number(value, o.port) && o.port > 0 && o.port <= 65535;
        else if(arg == "--connections")
            ok = parse_number(value, o.connections) && o.connections > 0 && o.connections <= 1000;
        else if(arg == "--requests")
            ok = parse_number(value, o.requests) && o.requests > 0;
        else if(arg == "--mix-seed")
            ok = parse_number(value, o.mix_seed);
        else if(arg == "--server-pid")
            ok = parse_number(value, o.server_pid) && o.server_pid > 0;
        else if(arg == "--max-rss-growth-kb")
            ok = parse_number(value, o.max_rss_growth_kb);
        else
            ok = false;
        if(!ok)
            return std::nullopt;
    }
    if(!have_port || o.seed.empty())
        return std::nullopt;
    return o;
}

/// A memory figure of a process in kB (`field`: VmRSS...), or nothing.
std::optional<long> proc_status_kb(unsigned long pid, std::string_view field)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while(std::getline(in, line))
        if(line.compare(0, field.size(), field) == 0 && line.size() > field.size() && line[field.size()] == ':')
            return std::strtol(line.c_str() + field.size() + 1, nullptr, 10);
    return std::nullopt;
}

/// One keep-alive connection, synchronous: a request out, its response in.
class connection
{
public:
    connection(net::io_context& ioc, tcp::endpoint endpoint) : socket_(ioc), endpoint_(endpoint) {}

    /// Sends `bytes` (connecting first if needed) and reads the response into `out`.
    beast::error_code exchange(std::string const& bytes, load::received& out)
    {
        beast::error_code ec;
        if(!socket_.is_open())
        {
            socket_.connect(endpoint_, ec);
            if(ec)
            {
                socket_.close();
                return ec;
            }
            socket_.set_option(tcp::no_delay(true), ec);
            ++opened_;
        }
        beast::error_code write_ec;
        net::write(socket_, net::buffer(bytes), write_ec);
        // A server that refuses a request early may stop reading it; its
        // answer can still be there to read.
        http::response_parser<http::string_body> parser;
        parser.body_limit(8u << 20);
        http::read(socket_, buffer_, parser, ec);
        if(ec)
            return write_ec ? write_ec : ec;
        auto const& res = parser.get();
        out.status = static_cast<int>(res.result_int());
        out.headers.clear();
        for(auto const& field : res)
            out.headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
        out.body = res.body();
        out.keep_alive = res.keep_alive();
        return {};
    }

    /// After a response that closes the connection: nothing more may come, then the end of the stream.
    std::string expect_closed()
    {
        std::string problem;
        if(buffer_.size() != 0)
            problem = "bytes after the response that closes the connection";
        else
        {
            char byte;
            beast::error_code ec;
            std::size_t n = socket_.read_some(net::buffer(&byte, 1), ec);
            // A reset is a close too: the server drops what it did not read.
            if(n != 0 || (ec != net::error::eof && ec != net::error::connection_reset))
                problem = "the connection stays open after a response that closes it (" + ec.message() + ")";
        }
        drop();
        return problem;
    }

    void drop()
    {
        beast::error_code ec;
        socket_.close(ec);
        buffer_.clear();
    }

    std::size_t opened() const noexcept { return opened_; }

private:
    tcp::socket socket_;
    tcp::endpoint endpoint_;
    beast::flat_buffer buffer_;
    std::size_t opened_ = 0;
};

/// The first line of a request, printable, for reports.
std::string request_line(std::string const& bytes)
{
    std::string line = bytes.substr(0, std::min(bytes.find('\r'), std::size_t(120)));
    for(char& c : line)
        if(static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7f)
            c = '?';
    return line;
}

/// What all connections found, merged.
struct tally
{
    std::mutex mutex;
    std::vector<std::uint64_t> latencies_ns[static_cast<std::size_t>(load::kind::count)];
    std::size_t count[static_cast<std::size_t>(load::kind::count)] = {};
    std::size_t wrong[static_cast<std::size_t>(load::kind::count)] = {};
    std::size_t wrong_total = 0;
    std::size_t transport_errors = 0;
    std::size_t connections_opened = 0;
    std::vector<std::string> reports;  // the first few wrong answers
    std::map<std::string, std::string> tokens;
    std::string token_problem;
};

struct burst
{
    burst(options const& o, load::expected_tasks const& t, tally& r) : opt(o), tasks(t), out(r) {}

    options const& opt;
    load::expected_tasks const& tasks;
    tally& out;
    std::atomic<std::size_t> answered{0};
    std::size_t warm_up_at = 0;
    std::optional<long> rss_after_warm_up;
};

void run_connection(burst& b, std::size_t index, std::size_t requests)
{
    net::io_context ioc;
    connection conn(ioc, tcp::endpoint(net::ip::make_address_v4("127.0.0.1"),
                                       static_cast<unsigned short>(b.opt.port)));
    load::request_mix mix(b.tasks, index, b.opt.connections, b.opt.mix_seed);
    std::vector<std::uint64_t> latencies[static_cast<std::size_t>(load::kind::count)];
    std::size_t count[static_cast<std::size_t>(load::kind::count)] = {};
    std::size_t wrong[static_cast<std::size_t>(load::kind::count)] = {};
    std::size_t transport_errors = 0;
    std::vector<std::string> reports;
    load::received res;

    for(std::size_t i = 0; i < requests; ++i)
    {
        load::planned_request req = mix.next();
        auto k = static_cast<std::size_t>(req.k);
        ++count[k];
        auto start = clock_type::now();
        beast::error_code ec = conn.exchange(req.bytes, res);
        auto took = clock_type::now() - start;
        std::string problem;
        if(ec)
        {
            ++transport_errors;
            problem = "no answer: " + ec.message();
            conn.drop();
        }
        else
        {
            latencies[k].push_back(static_cast<std::uint64_t>(
                std::chrono::duration_cast<std::chrono::nanoseconds>(took).count()));
            problem = req.check(res);
            if(req.closes && !res.keep_alive)
            {
                std::string closed = conn.expect_closed();
                if(problem.empty())
                    problem = std::move(closed);
            }
            else if(req.closes || !res.keep_alive)
                conn.drop();  // the check has said what is wrong; waiting for a close could take 30 s
        }
        if(!problem.empty())
        {
            ++wrong[k];
            if(reports.size() < 10)
                reports.push_back("connection " + std::to_string(index) + ", request " + std::to_string(i) +
                                  " (" + std::string(load::info(req.k).name) + ") " + request_line(req.bytes) +
                                  ": " + problem);
        }
        if(b.answered.fetch_add(1) + 1 == b.warm_up_at && b.opt.server_pid)
            b.rss_after_warm_up = proc_status_kb(b.opt.server_pid, "VmRSS");
    }

    std::lock_guard<std::mutex> lock(b.out.mutex);
    for(std::size_t k = 0; k < static_cast<std::size_t>(load::kind::count); ++k)
    {
        b.out.latencies_ns[k].insert(b.out.latencies_ns[k].end(), latencies[k].begin(), latencies[k].end());
        b.out.count[k] += count[k];
        b.out.wrong[k] += wrong[k];
        b.out.wrong_total += wrong[k];
    }
    b.out.transport_errors += transport_errors;
    b.out.connections_opened += conn.opened();
    for(auto& r : reports)
        if(b.out.reports.size() < 30)
            b.out.reports.push_back(std::move(r));
    // A page ending at the same task has the same token, whichever connection asked.
    for(auto const& [last, token] : mix.tokens())
    {
        auto [it, fresh] = b.out.tokens.emplace(last, token);
        if(!fresh && it->second != token && b.out.token_problem.empty())
            b.out.token_problem = "the page ending at " + last + " got two nextTokens: '" + it->second +
                                  "' and '" + token + "'";
    }
}

double percentile_ms(std::vector<std::uint64_t>& v, double p)
{
    if(v.empty())
        return 0;
    auto at = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(at), v.end());
    return static_cast<double>(v[at]) / 1e6;
}

std::optional<std::vector<neptune_graph::GetImportTaskOutput>> read_seed(std::string const& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if(!in)
    {
        std::cerr << "load: cannot read the seed file " << path << '\n';
        return std::nullopt;
    }
    auto seed = neptune_graph::decode<load::seed_file>(text.str(), load::strict_decoding());
    if(!seed)
    {
        std::cerr << "load: " << path << ": " << seed.error().what() << '\n';
        return std::nullopt;
    }
    return std::move(seed->tasks);
}

} // namespace

int main(int argc, char** argv)
{
    auto parsed = parse_options(argc, argv);
    if(!parsed)
    {
        std::cerr << usage;
        return 2;
    }
    options const& opt = *parsed;
    std::signal(SIGPIPE, SIG_IGN);  // a write to a connection the server closed is an error, not a signal

    auto seed = read_seed(opt.seed);
    if(!seed)
        return 1;
    load::expected_tasks tasks(std::move(*seed));

    tally result;
    burst b(opt, tasks, result);
    b.warm_up_at = std::max<std::size_t>(1, opt.requests / 4);
    std::optional<long> rss_before = opt.server_pid ? proc_status_kb(opt.server_pid, "VmRSS") : std::nullopt;
    if(opt.server_pid && !rss_before)
    {
        std::cerr << "load: cannot read /proc/" << opt.server_pid << "/status\n";
        return 1;
    }

    auto start = clock_type::now();
    std::vector<std::thread> threads;
    for(std::size_t i = 0; i < opt.connections; ++i)
    {
        std::size_t share = opt.requests / opt.connections + (i < opt.requests % opt.connections ? 1 : 0);
        threads.emplace_back(run_connection, std::ref(b), i, share);
    }
    // Every request has an answer or an error within the server's own 30 s
    // limits; a burst that stops moving for longer means the server hangs.
    std::size_t last_seen = 0;
    auto last_move = clock_type::now();
    while(b.answered.load() < opt.requests)
    {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        std::size_t now = b.answered.load();
        if(now != last_seen)
        {
            last_seen = now;
            last_move = clock_type::now();
        }
        else if(clock_type::now() - last_move > std::chrono::seconds(60))
        {
            std::cerr << "load: FAIL: no answer for 60 s after " << now << " of " << opt.requests
                      << " requests: the server hangs\n";
            std::_Exit(1);
        }
    }
    for(auto& t : threads)
        t.join();
    double seconds = std::chrono::duration<double>(clock_type::now() - start).count();

    bool ok = result.wrong_total == 0 && result.token_problem.empty();
    std::printf("load: %lu requests on %lu connections in %.3f s: %.0f requests/s\n", opt.requests,
                opt.connections, seconds, static_cast<double>(opt.requests) / seconds);
    std::vector<std::uint64_t> lat;
    for(auto const& l : result.latencies_ns)
        lat.insert(lat.end(), l.begin(), l.end());
    std::printf("load: latency p50 %.3f ms, p99 %.3f ms, max %.3f ms\n", percentile_ms(lat, 0.50),
                percentile_ms(lat, 0.99), percentile_ms(lat, 1.0));
    std::printf("load: connections opened %zu (%lu, then again after each answer that closes one)\n",
                result.connections_opened, opt.connections);
    std::printf("load:   %-6s %-24s %6s %6s %9s %9s\n", "", "kind", "sent", "wrong", "p99 ms", "max ms");
    for(std::size_t k = 0; k < static_cast<std::size_t>(load::kind::count); ++k)
    {
        auto& l = result.latencies_ns[k];
        std::printf("load:   %-6s %-24s %6zu %6zu %9.3f %9.3f\n", load::kinds[k].valid ? "valid" : "bad",
                    std::string(load::kinds[k].name).c_str(), result.count[k], result.wrong[k],
                    percentile_ms(l, 0.99), percentile_ms(l, 1.0));
    }
    std::printf("load: %zu wrong answers (%zu without an answer), %zu distinct nextTokens\n", result.wrong_total,
                result.transport_errors, result.tokens.size());
    for(auto const& r : result.reports)
        std::printf("load: WRONG: %s\n", r.c_str());
    if(!result.token_problem.empty())
        std::printf("load: WRONG: %s\n", result.token_problem.c_str());

    if(opt.server_pid)
    {
        auto rss_end = proc_status_kb(opt.server_pid, "VmRSS");
        if(!rss_end || !b.rss_after_warm_up)
        {
            std::printf("load: FAIL: the server (pid %lu) is gone\n", opt.server_pid);
            return 1;
        }
        long growth = *rss_end - *b.rss_after_warm_up;
        std::printf("load: server VmRSS %ld kB before, %ld kB after %zu requests (warm-up), %ld kB at the end: "
                    "%+ld kB since the warm-up, bound %lu kB\n",
                    *rss_before, *b.rss_after_warm_up, b.warm_up_at, *rss_end, growth, opt.max_rss_growth_kb);
#ifdef LOAD_UNDER_ASAN
        // AddressSanitizer keeps freed memory in quarantine (256 MB by
        // default), so resident memory grows whether or not anything leaks;
        // LeakSanitizer checks the server for leaks when it exits instead.
        std::printf("load: bound not enforced under AddressSanitizer (its quarantine holds freed memory)\n");
#else
        if(growth > static_cast<long>(opt.max_rss_growth_kb))
        {
            std::printf("load: FAIL: the server's memory grew by %ld kB after the warm-up\n", growth);
            ok = false;
        }
#endif
    }
    std::printf("load: %s\n", ok ? "passed" : "FAILED");
    return ok ? 0 : 1;
}
