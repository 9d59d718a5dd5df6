#!/usr/bin/env python3
"""Every code block of the docs that says where it comes from is that code.

A block preceded by the line `<!-- snippet: FILE#REGION -->` must equal the
lines of FILE (relative to the repository) between `// [REGION]` and
`// [/REGION]`, with their common indentation removed. Prints each block that
drifted, with a diff, and exits 1; also when a marker names a file or region
that does not exist, or no block follows it.
"""
import difflib
import pathlib
import re
import sys
import textwrap

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[2])
marker = re.compile(r'^<!-- snippet: (\S+)#(\S+) -->$')
problems = []
checked = 0


def region(path, name):
    text = (root / path).read_text().split('\n')
    begin, end = f'// [{name}]', f'// [/{name}]'
    starts = [i for i, l in enumerate(text) if l.strip() == begin]
    ends = [i for i, l in enumerate(text) if l.strip() == end]
    if len(starts) != 1 or len(ends) != 1 or ends[0] < starts[0]:
        return None
    return textwrap.dedent('\n'.join(text[starts[0] + 1:ends[0]])).split('\n')


for doc in [root / 'README.md', *sorted((root / 'docs').glob('*.md'))]:
    lines = doc.read_text().split('\n')
    for i, line in enumerate(lines):
        m = marker.match(line.strip())
        if not m:
            continue
        where = f'{doc.relative_to(root)}:{i + 1}'
        path, name = m.group(1), m.group(2)
        if not (root / path).is_file():
            problems.append(f'{where}: no file {path}')
            continue
        want = region(path, name)
        if want is None:
            problems.append(f'{where}: {path} has no single region [{name}]')
            continue
        if i + 1 >= len(lines) or not lines[i + 1].startswith('```'):
            problems.append(f'{where}: no code block follows the marker')
            continue
        j = i + 2
        while j < len(lines) and not lines[j].startswith('```'):
            j += 1
        got = lines[i + 2:j]
        checked += 1
        if got != want:
            diff = '\n'.join(difflib.unified_diff(want, got, f'{path}#{name}', where, lineterm=''))
            problems.append(f'{where}: the block is not {path}#{name}:\n{diff}')

for p in problems:
    print(p)
print(f'{checked} snippets checked, {len(problems)} problems')
sys.exit(1 if problems or checked == 0 else 0)
