// neptune-graph-model: the import-task model of Amazon Neptune Analytics, its JSON codec,
// validation and REST-JSON binding.
//
// Boost.JSON is not header-only by default: link Boost::json (-lboost_json), or
// compile <boost/json/src.hpp> in exactly one of your own source files. These
// headers never include it.
#ifndef NEPTUNE_GRAPH_NEPTUNE_GRAPH_HPP
#define NEPTUNE_GRAPH_NEPTUNE_GRAPH_HPP

#include <neptune_graph/http.hpp>
#include <neptune_graph/json.hpp>
#include <neptune_graph/model.hpp>
#include <neptune_graph/validate.hpp>

#endif
