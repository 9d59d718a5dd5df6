// Compile cost: the umbrella header, decode + validate + encode of the input
// and the output shape of every operation in `neptune_graph::operations`.
// umbrella_all_separate.cpp is this file compiled with
// -DNEPTUNE_GRAPH_SEPARATE_COMPILATION.
#include <neptune_graph/neptune_graph.hpp>

#include <boost/mp11/algorithm.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace {

template <class T>
std::string roundtrip(std::string_view text)
{
    auto v = neptune_graph::decode<T>(text);
    if(!v || !neptune_graph::validate(*v).empty())
        return {};
    auto out = neptune_graph::encode(*v);
    return out ? std::move(*out) : std::string();
}

} // namespace

/// texts[2 * i] is read as the input of the i-th operation, texts[2 * i + 1]
/// as its output; the re-encoded texts come back in the same order.
std::vector<std::string> compile_cost_all(std::vector<std::string_view> const& texts)
{
    std::vector<std::string> out;
    std::size_t i = 0;
    boost::mp11::mp_for_each<neptune_graph::operations>([&](auto op) {
        using Op = decltype(op);
        if(i + 1 >= texts.size())
            return;
        out.push_back(roundtrip<typename Op::input>(texts[i]));
        out.push_back(roundtrip<typename Op::output>(texts[i + 1]));
        i += 2;
    });
    return out;
}
