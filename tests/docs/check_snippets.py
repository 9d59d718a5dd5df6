#!/usr/bin/env python3
"""Every C++ code block of the docs is code the test suite compiles.

A block preceded by the line `<!-- snippet: FILE#REGION -->` must equal the
lines of FILE (relative to the repository) between `// [REGION]` and
`// [/REGION]`, with their common indentation removed. Every ```cpp (or
```c++, ```cxx) block of README.md and docs/*.md must have such a marker on
the line before it: the files it names are programs the tests build and run
(examples/, examples/docs/) or the library's own headers. Blocks in other
languages (shell, CMake, JSON, text) need no marker.

Prints each problem (a block that drifted, with a diff; a C++ block without a
marker; a marker naming a file or region that does not exist, or followed by
no block) and exits 1 if there is one.

    check_snippets.py [REPOSITORY]   check the docs of REPOSITORY (default: this one)
    check_snippets.py --self-test    check that planted faults are found
"""
import difflib
import pathlib
import re
import sys
import tempfile
import textwrap

MARKER = re.compile(r'^<!-- snippet: (\S+)#(\S+) -->$')
FENCE = re.compile(r'^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)')
CPP = {'cpp', 'c++', 'cxx'}


def region(root, path, name):
    """The dedented lines of REGION in FILE, or None unless it is there once."""
    text = (root / path).read_text().split('\n')
    begin, end = f'// [{name}]', f'// [/{name}]'
    starts = [i for i, l in enumerate(text) if l.strip() == begin]
    ends = [i for i, l in enumerate(text) if l.strip() == end]
    if len(starts) != 1 or len(ends) != 1 or ends[0] < starts[0]:
        return None
    return textwrap.dedent('\n'.join(text[starts[0] + 1:ends[0]])).split('\n')


def blocks(lines):
    """The fenced code blocks: (opening line index, language, content lines)."""
    found = []
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        fence = m.group(1)
        j = i + 1
        while j < len(lines) and not lines[j].lstrip(' ').startswith(fence):
            j += 1
        found.append((i, m.group(2).lower(), lines[i + 1:j]))
        i = j + 1
    return found


def check(root):
    """(number of blocks checked against their region, list of problems)."""
    problems = []
    checked = 0
    for doc in [root / 'README.md', *sorted((root / 'docs').glob('*.md'))]:
        if not doc.is_file():
            continue
        lines = doc.read_text().split('\n')
        by_start = {start: (lang, body) for start, lang, body in blocks(lines)}
        for start, (lang, _) in by_start.items():
            if lang in CPP and (start == 0 or not MARKER.match(lines[start - 1].strip())):
                problems.append(f'{doc.relative_to(root)}:{start + 1}: a ```{lang} block without '
                                f'a `<!-- snippet: FILE#REGION -->` line before it')
        for i, line in enumerate(lines):
            m = MARKER.match(line.strip())
            if not m:
                continue
            where = f'{doc.relative_to(root)}:{i + 1}'
            path, name = m.group(1), m.group(2)
            if not (root / path).is_file():
                problems.append(f'{where}: no file {path}')
                continue
            want = region(root, path, name)
            if want is None:
                problems.append(f'{where}: {path} has no single region [{name}]')
                continue
            if i + 1 not in by_start:
                problems.append(f'{where}: no code block follows the marker')
                continue
            got = by_start[i + 1][1]
            checked += 1
            if got != want:
                diff = '\n'.join(difflib.unified_diff(want, got, f'{path}#{name}', where, lineterm=''))
                problems.append(f'{where}: the block is not {path}#{name}:\n{diff}')
    return checked, problems


def self_test():
    """Each planted fault is found, and a tree without one passes."""
    source = 'int main()\n{\n    // [body]\n    int x = 1;\n    return x - 1;\n    // [/body]\n}\n'
    good = '<!-- snippet: prog.cpp#body -->\n```cpp\nint x = 1;\nreturn x - 1;\n```\n'
    plain = 'Run it:\n\n```sh\nprog\n```\n\n```text\nok\n```\n'
    cases = {
        'a clean tree': (good + plain, 0, None),
        'a drifted block': (good.replace('x = 1', 'x = 2'), 1, 'the block is not prog.cpp#body'),
        'a cpp block without a marker': (good + '```cpp\nint y;\n```\n', 1, 'a ```cpp block without'),
        'a c++ block without a marker': (good + '```C++\nint y;\n```\n', 1, 'a ```c++ block without'),
        'a marker naming no region': (good.replace('#body', '#nobody'), 1, 'has no single region [nobody]'),
        'a marker naming no file': (good.replace('prog.cpp#', 'gone.cpp#'), 1, 'no file gone.cpp'),
        'a marker without a block': ('<!-- snippet: prog.cpp#body -->\n\ntext\n', 1, 'no code block follows'),
    }
    failed = 0
    for name, (doc, count, expected) in cases.items():
        with tempfile.TemporaryDirectory() as d:
            root = pathlib.Path(d)
            (root / 'docs').mkdir()
            (root / 'prog.cpp').write_text(source)
            (root / 'README.md').write_text('# Title\n')
            (root / 'docs' / 'page.md').write_text(doc)
            checked, problems = check(root)
            ok = len(problems) == count and (expected is None or any(expected in p for p in problems))
            ok = ok and (count > 0 or checked == 1)
            print(f'{"ok" if ok else "FAILED"}: {name}: {len(problems)} problem(s)')
            for p in problems:
                print('    ' + p.replace('\n', '\n    '))
            failed += not ok
    print(f'{len(cases)} planted cases, {failed} not as expected')
    return 1 if failed else 0


def main(argv):
    if argv[1:] == ['--self-test']:
        return self_test()
    root = pathlib.Path(argv[1] if len(argv) > 1 else pathlib.Path(__file__).resolve().parents[2])
    checked, problems = check(root)
    for p in problems:
        print(p)
    print(f'{checked} snippets checked, {len(problems)} problems')
    return 1 if problems or checked == 0 else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
