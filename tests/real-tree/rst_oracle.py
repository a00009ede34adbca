#!/usr/bin/env python3
"""Oracle for tests/real-tree/rst.test.ts: how docutils reads a kernel .rst file.

Prints JSON {sections: [{title, line, id}], labels: [{name, line}], refs: [{role, target, line}]}
for each file named on the command line (a JSON object keyed by path).

The document is parsed, not published: no transforms run, so the document title stays a
section (Sphinx's doctitle_xform is off) and `sectnum` does not prepend numbers. Sphinx-only
directives and roles get dummy handlers so that their content is parsed the way Sphinx would
(admonition-like ones) or skipped (code, toctree), instead of ending as system messages.
"""
import json
import re
import sys

import docutils.frontend
import docutils.utils
from docutils import nodes
from docutils.parsers.rst import Directive, Parser, directives, roles

EXPLICIT_TITLE = re.compile(r'^(.+?)\s*(?<!\x00)<(.*?)>$', re.DOTALL)


class Skipped(Directive):
    """code-block, kernel-doc, toctree, ...: content is not rst."""
    has_content = True
    optional_arguments = 99
    final_argument_whitespace = True
    option_spec = None

    def run(self):
        return []


class Nested(Directive):
    """seealso, only, glossary, ...: content is rst, parsed in place."""
    has_content = True
    optional_arguments = 99
    final_argument_whitespace = True
    option_spec = None

    def run(self):
        node = nodes.container()
        self.state.nested_parse(self.content, self.content_offset, node)
        return [node]


class AnyOptions(dict):
    """Directive option_spec that accepts every option as a string."""
    def __contains__(self, key):
        return True

    def __getitem__(self, key):
        return directives.unchanged


Skipped.option_spec = AnyOptions()
Nested.option_spec = AnyOptions()

for name in ['kernel-doc', 'code-block', 'toctree', 'c:function', 'c:macro', 'c:type',
             'c:struct', 'kernel-figure', 'kernel-feat', 'kernel-abi', 'tabularcolumns',
             'index', 'highlight', 'literalinclude', 'kernel-include', 'code', 'sourcecode']:
    directives.register_directive(name, Skipped)
for name in ['seealso', 'only', 'glossary', 'hlist', 'versionadded', 'versionchanged',
             'deprecated']:
    directives.register_directive(name, Nested)

refs = []


def xref_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    match = EXPLICIT_TITLE.match(text)
    target = match.group(2) if match else text
    refs.append({'role': name, 'target': target, 'line': lineno})
    return [nodes.inline(rawtext, text)], []


for name in ['ref', 'doc', 'c:func', 'c:type', 'c:macro', 'c:data', 'c:member', 'c:expr',
             'c:struct', 'c:union', 'c:enum', 'term', 'manpage', 'file', 'envvar', 'kbd',
             'command', 'option', 'numref', 'abbr', 'menuselection', 'samp', 'program',
             'keyword', 'any', 'dfn', 'guilabel']:
    roles.register_local_role(name, xref_role)


def read(path):
    del refs[:]
    with open(path, encoding='utf-8') as f:
        text = f.read()
    settings = docutils.frontend.get_default_settings(Parser)
    settings.report_level = 5
    settings.halt_level = 5
    settings.file_insertion_enabled = False
    settings.raw_enabled = False
    settings.tab_width = 8
    settings.auto_id_prefix = 'id'  # as Sphinx sets it: a clashing id becomes id1, id2, ...
    document = docutils.utils.new_document(path, settings)
    Parser().parse(text, document)
    sections = []
    labels = []
    for node in document.findall(lambda n: isinstance(n, (nodes.section, nodes.target))):
        if isinstance(node, nodes.section):
            title = node[0]
            sections.append({'title': title.astext(), 'line': title.line, 'id': node['ids'][0]})
        elif node.get('names') and not any(node.get(k) for k in ('refuri', 'refname', 'anonymous')):
            # Internal targets only: Sphinx skips external and indirect ones (`text <GEP_>`_).
            for name in node['names']:
                labels.append({'name': name, 'line': node.line})
    return {'sections': sections, 'labels': labels, 'refs': list(refs)}


if __name__ == '__main__':
    print(json.dumps({path: read(path) for path in sys.argv[1:]}, indent=1))
