// ImportOptions: the union of per-source import options.
#ifndef NEPTUNE_GRAPH_SERVICE_IMPORT_OPTIONS_HPP
#define NEPTUNE_GRAPH_SERVICE_IMPORT_OPTIONS_HPP

#include <neptune_graph/model/detail/describe.hpp>
#include <neptune_graph/model/equality.hpp>
#include <neptune_graph/model/tagged_union.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <optional>
#include <string>

namespace neptune_graph {

NEPTUNE_GRAPH_DESCRIBE_BEGIN

/// Options for importing data from a Neptune database.
struct NeptuneImportOptions
{
    std::string s3ExportPath;                         ///< S3 path the data is exported to (1-1024 chars).
    std::string s3ExportKmsKeyId;                     ///< KMS key for the exported data (1-1024 chars).
    std::optional<bool> preserveDefaultVertexLabels;  ///< Keep Neptune's default vertex labels.
    std::optional<bool> preserveEdgeIds;              ///< Import edge ids as the property neptuneEdgeId.
};
BOOST_DESCRIBE_STRUCT(NeptuneImportOptions, (),
    (s3ExportPath, s3ExportKmsKeyId, preserveDefaultVertexLabels, preserveEdgeIds))

/// The members of ImportOptions, in the order of its alternatives.
enum class ImportOptionsMember { neptune };
BOOST_DESCRIBE_ENUM(ImportOptionsMember, neptune)

/// Options for how to perform an import: exactly one member.
using ImportOptions = tagged_union<ImportOptionsMember, NeptuneImportOptions>;

NEPTUNE_GRAPH_DESCRIBE_END

} // namespace neptune_graph

#endif
