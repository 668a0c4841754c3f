"""openapi_check.py - validate a JSON value against a schema of an OpenAPI 3
document (the subset brug's openapi.json uses: type, nullable, properties,
required, additionalProperties, items, enum, $ref, oneOf), and find the operation
a request path belongs to."""
import re


class Checker:
    def __init__(self, doc):
        self.doc = doc
        self.ops = []
        for path, item in doc["paths"].items():
            rx = re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$")
            for method, op in item.items():
                self.ops.append((method.upper(), path, rx, op))

    def operation(self, method, path):
        """(template path, operation) of a concrete request path, or (None, None)."""
        path = path.split("?", 1)[0]
        for m, tpl, rx, op in self.ops:
            if m == method and rx.match(path):
                return tpl, op
        return None, None

    def resolve(self, schema):
        while "$ref" in schema:
            name = schema["$ref"].rsplit("/", 1)[1]
            schema = self.doc["components"]["schemas"][name]
        return schema

    def validate(self, value, schema, where="$"):
        """A list of problems (empty when value conforms)."""
        s = self.resolve(schema)
        errs = []
        if "oneOf" in s:
            tries = [self.validate(value, b, where) for b in s["oneOf"]]
            good = [t for t in tries if not t]
            if len(good) == 1:
                return []
            if good:
                return ["%s: matches %d of the oneOf schemas" % (where, len(good))]
            return ["%s: matches none of the oneOf schemas: %s" % (where, min(tries, key=len)[:3])]
        if value is None:
            return [] if s.get("nullable") else ["%s: null not allowed" % where]
        t = s.get("type")
        ok = {"object": isinstance(value, dict), "array": isinstance(value, list),
              "string": isinstance(value, str), "boolean": isinstance(value, bool),
              "integer": isinstance(value, int) and not isinstance(value, bool),
              "number": isinstance(value, (int, float)) and not isinstance(value, bool),
              None: True}[t]
        if not ok:
            return ["%s: expected %s, got %s" % (where, t, type(value).__name__)]
        if "enum" in s and value not in s["enum"]:
            errs.append("%s: %r not in %s" % (where, value, s["enum"]))
        if t == "object":
            props = s.get("properties", {})
            for r in s.get("required", []):
                if r not in value:
                    errs.append("%s: missing %s" % (where, r))
            extra = s.get("additionalProperties", True)
            for k, v in value.items():
                if k in props:
                    errs += self.validate(v, props[k], where + "." + k)
                elif extra is False:
                    errs.append("%s: unexpected %s" % (where, k))
                elif isinstance(extra, dict):
                    errs += self.validate(v, extra, where + "." + k)
        if t == "array" and "items" in s:
            for i, v in enumerate(value):
                errs += self.validate(v, s["items"], "%s[%d]" % (where, i))
        return errs

    def response_schema(self, op, status, ctype):
        r = op["responses"].get(str(status))
        if not r:
            return None, "status %d is not documented" % status
        content = r.get("content", {})
        for ct, c in content.items():
            if ctype.split(";")[0].strip() == ct.split(";")[0].strip():
                return c["schema"], None
        return None, "content type %s of status %d is not documented (%s)" % (ctype, status, list(content))
