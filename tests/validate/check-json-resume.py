#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-json-resume.py SCHEMA FILE [TEXT…]: FILE, an export of OpsLadder's
# résumé data, must
#  - be strict JSON in UTF-8 (no duplicate keys, no NaN, no lone surrogates),
#  - be valid against SCHEMA, the official JSON Resume schema,
#  - and against a strict copy of it that allows no member the schema does
#    not name: the official one allows any, so a misspelt "startdate" or a
#    section in the wrong place would pass it and be ignored by every tool,
#  - and hold each TEXT exactly as one of its strings (read by Python's own
#    parser, not the json-glib that wrote it).
# Prints what is wrong and exits 1; exits 0 when all is well.

import json
import sys

import jsonschema


def no_duplicates(pairs):
    keys = [key for key, _ in pairs]
    duplicates = {key for key in keys if keys.count(key) > 1}
    if duplicates:
        raise ValueError(f'duplicate keys {sorted(duplicates)}')
    return dict(pairs)


def no_constant(name):
    raise ValueError(f'{name} is not JSON')


def strict(node):
    if isinstance(node, dict):
        if node.get('additionalProperties') is True:
            node['additionalProperties'] = False
        for value in node.values():
            strict(value)
    elif isinstance(node, list):
        for value in node:
            strict(value)
    return node


def strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield key
            yield from strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from strings(value)


def main():
    schema_path, path, expected = sys.argv[1], sys.argv[2], sys.argv[3:]
    with open(schema_path, encoding='utf-8') as f:
        schema = json.load(f)
    jsonschema.Draft7Validator.check_schema(schema)
    with open(path, 'rb') as f:
        raw = f.read()

    problems = []
    try:
        document = json.loads(raw.decode('utf-8'), object_pairs_hook=no_duplicates, parse_constant=no_constant)
    except ValueError as error:
        print(f'{path}: not strict JSON in UTF-8: {error}')
        return 1
    found = set(strings(document))
    for text in found:
        try:
            text.encode('utf-8')
        except UnicodeEncodeError:
            problems.append(f'{path}: a string holds a lone surrogate: {text!r}')

    checker = jsonschema.FormatChecker()
    for name, rules in (('schema', schema), ('strict schema', strict(json.loads(json.dumps(schema))))):
        validator = jsonschema.Draft7Validator(rules, format_checker=checker)
        for error in validator.iter_errors(document):
            where = '/'.join(str(part) for part in error.absolute_path) or '(root)'
            problems.append(f'{path}: the {name}: {where}: {error.message}')

    for text in expected:
        if text not in found:
            problems.append(f'{path}: no string is exactly {text!r}')

    print('\n'.join(problems))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
