#!/usr/bin/env python3
"""Refreshes tests/model/neptune-graph.json, the structure of the AWS model of
the service that tests/test_aws_model.cpp holds the library to.

    scripts/refresh_aws_model.py [SOURCE]

SOURCE is a folder with the model's three files, named as botocore names them
(service-2.json, paginators-1.json, waiters-2.json, possibly .gz) or as the
AWS SDKs publish them (neptune-graph-service-2.json, ...). Without SOURCE, the
newest API version of `neptune-graph` in the installed botocore is read
(`pip install botocore`, or Debian's python3-botocore).

Documentation strings are dropped; everything else (shapes, members, targets,
required, traits, enums, HTTP bindings, errors, paginators, waiters) is kept,
in the order of the source (members are in model order), so that a refresh
shows as a small diff. Then run the test
`test_aws_model`: it says what in the library differs from the new model.
"""
import gzip
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
OUT = ROOT / 'tests' / 'model' / 'neptune-graph.json'
DOC_KEYS = {'documentation', 'documentationUrl', 'description'}
FILES = {'service': 'service-2.json', 'paginators': 'paginators-1.json', 'waiters': 'waiters-2.json'}


def botocore_dir():
    try:
        import botocore
    except ImportError:
        sys.exit('refresh_aws_model: botocore is not installed; pass the folder of the model files')
    versions = sorted((pathlib.Path(botocore.__file__).parent / 'data' / 'neptune-graph').iterdir())
    if not versions:
        sys.exit('refresh_aws_model: botocore has no neptune-graph model')
    return versions[-1]


def read(folder, name):
    for candidate in (name, 'neptune-graph-' + name):
        for suffix in ('', '.gz'):
            path = folder / (candidate + suffix)
            if path.is_file():
                data = path.read_bytes()
                return json.loads(gzip.decompress(data) if suffix else data)
    sys.exit(f'refresh_aws_model: no {name} in {folder}')


def strip(value):
    if isinstance(value, dict):
        return {k: strip(v) for k, v in value.items() if k not in DOC_KEYS}
    if isinstance(value, list):
        return [strip(v) for v in value]
    return value


def main():
    folder = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else botocore_dir()
    service = read(folder, FILES['service'])
    model = {
        'metadata': strip(service['metadata']),
        'operations': strip(service['operations']),
        'shapes': strip(service['shapes']),
        'paginators': strip(read(folder, FILES['paginators'])['pagination']),
        'waiters': strip(read(folder, FILES['waiters'])['waiters']),
    }
    text = json.dumps(model, indent=1, ensure_ascii=False) + '\n'
    OUT.parent.mkdir(parents=True, exist_ok=True)
    old = OUT.read_text() if OUT.is_file() else None
    OUT.write_text(text)
    print(f'{OUT.relative_to(ROOT)}: {"unchanged" if old == text else "written"} '
          f'({len(model["shapes"])} shapes, {len(model["operations"])} operations, API '
          f'{model["metadata"].get("apiVersion")})')


if __name__ == '__main__':
    main()
