#!/usr/bin/env bash
# The layering rules of include/neptune_graph (docs/design.md):
#  1. the generic folders (every folder but service/) and error.hpp never name
#     the service: no shape, operation, error or enum of it, in code or comments;
#  2. no generic folder includes service/;
#  3. no two folders include each other.
# Prints every finding and exits 1 if there is one.
set -u
root="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
inc="$root/include/neptune_graph"
[ -d "$inc/service" ] || { echo "no service folder under $inc"; exit 1; }
status=0

# Every name the service defines: its described structs and enums, its union
# aliases and its operation traits, read from service/ itself.
names=$(grep -rhoE '^(struct|enum class|using) [A-Z][A-Za-z0-9]*' "$inc/service" \
    | awk '{print $NF}' | sort -u)
[ -n "$names" ] || { echo "found no names in service/"; exit 1; }
pattern="\\b($(echo "$names" | paste -sd'|'))\\b"

generic=("$inc/error.hpp")
for d in "$inc"/*/; do
    [ "$(basename "$d")" = service ] && continue
    generic+=("$d")
done
if hits=$(grep -rnE "$pattern|Neptune|neptune-graph" "${generic[@]}"); then
    echo "generic headers name the service:"
    echo "$hits" | sed "s|$root/||"
    status=1
fi
if hits=$(grep -rn '#include <neptune_graph/service/' "${generic[@]}"); then
    echo "generic headers include service/:"
    echo "$hits" | sed "s|$root/||"
    status=1
fi

# Folder include edges: "from to", for each folder that includes another.
edges=$(for d in "$inc"/*/; do
    f=$(basename "$d")
    grep -rhoE '#include <neptune_graph/[a-z_]+/' "$d" | sed -E 's|#include <neptune_graph/||; s|/$||' \
        | sort -u | grep -vx "$f" | sed "s|^|$f |"
done | sort -u)
while read -r a b; do
    [ -z "$a" ] && continue
    if [ "$a" \< "$b" ] && grep -qx "$b $a" <<<"$edges"; then
        echo "folders $a and $b include each other"
        status=1
    fi
done <<<"$edges"

[ "$status" -eq 0 ] && echo "layers ok: $(echo "$names" | wc -l) service names, none in the generic headers; folder edges: $(echo "$edges" | paste -sd, )"
exit "$status"
