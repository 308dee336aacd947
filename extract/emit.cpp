#include "extract/emit.hpp"

#include <type_traits>

#include "extract/utf8.hpp"

namespace claimex {

void append_json_string(std::string& out, std::string_view s) {
  static const char* hex = "0123456789abcdef";
  out += '"';
  std::size_t plain = 0;  // start of the pending run of bytes copied as they are
  auto flush = [&](std::size_t upto) { out.append(s.substr(plain, upto - plain)); };
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7F && c < 0x80) {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      const utf8::Unit u = utf8::decode(s, i);
      i += u.len;
      if (u.valid) continue;
      flush(i - u.len);
      out += "\xEF\xBF\xBD";
      plain = i;
      continue;
    }
    flush(i);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        out += "\\u00";
        out += hex[c >> 4];
        out += hex[c & 0xF];
    }
    plain = ++i;
  }
  flush(s.size());
  out += '"';
}

namespace {

class Writer {
 public:
  Writer(std::string& out, const Document& doc, const Analysis& a, OffsetUnit unit)
      : out_(out), doc_(doc), a_(a), unit_(unit), counter_(doc.text) {}

  void key(std::string_view k) {
    append_json_string(out_, k);
    out_ += ':';
  }
  void str(std::string_view k, std::string_view v) {
    key(k);
    append_json_string(out_, v);
  }
  // "k":"v", or "k":null when v is empty.
  void str_or_null(std::string_view k, std::string_view v) {
    key(k);
    if (v.empty()) out_ += "null";
    else append_json_string(out_, v);
  }
  void num(std::string_view k, std::size_t v) {
    key(k);
    out_ += std::to_string(v);
  }
  // "start","end","text" of a normalised span, in the original text.
  void span(const Span& s) {
    const std::size_t os = a_.norm.to_original_start(s.start);
    const std::size_t oe = std::max(os, a_.norm.to_original_end(s.end));
    num("start", counter_.convert(os, unit_));
    out_ += ',';
    num("end", counter_.convert(oe, unit_));
    out_ += ',';
    str("text", std::string_view(doc_.text).substr(os, oe - os));
  }
  std::string& out() { return out_; }

 private:
  std::string& out_;
  const Document& doc_;
  const Analysis& a_;
  OffsetUnit unit_;
  UnitCounter counter_;
};

}  // namespace

std::string result_line(const Document& doc, const Analysis& a, const RuleSet& rules, OffsetUnit unit) {
  std::string out;
  out.reserve(256 + a.markers.size() * 160);
  Writer w(out, doc, a, unit);
  out += '{';
  w.str("schema", kSchema);
  out += ',';
  w.str("id", doc.id);
  out += ',';
  w.key("dct");
  if (a.dct) append_json_string(out, a.dct->iso());
  else out += "null";
  out += ',';
  w.str("dct_source", to_string(a.dct_source));
  out += ',';
  // "key":[{"id":"<prefix>N",<fields>,"rule":...},...],
  auto rule_id = [&](const auto& item) -> std::string_view {
    if constexpr (std::is_same_v<std::decay_t<decltype(item.rule)>, std::string>) return item.rule;
    else return rules.rules()[item.rule].id;
  };
  auto array = [&](std::string_view key, const char* prefix, const auto& items, auto&& fields) {
    w.key(key);
    out += '[';
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (i) out += ',';
      out += '{';
      w.str("id", prefix + std::to_string(i + 1));
      out += ',';
      w.span(items[i].span);
      out += ',';
      fields(items[i]);
      w.str("rule", rule_id(items[i]));
      out += '}';
    }
    out += "],";
  };
  array("dates", "d", a.dates, [&](const DateMention& d) {
    w.str("type", d.type);
    out += ',';
    w.str("value", d.value);
    out += ',';
    w.str_or_null("mod", d.mod);
    out += ',';
  });
  array("places", "p", a.places, [&](const PlaceMention& m) {
    // An unlisted area is named as the text names it.
    const std::string_view text = a.norm.text();
    w.str("name", m.place ? std::string_view(m.place->name) : text.substr(m.span.start, m.span.size()));
    out += ',';
    w.str("kind", m.place ? to_string(m.place->kind) : "area");
    out += ',';
    w.str_or_null("country", m.country);
    out += ',';
    w.key("geonames");
    out += m.place && m.place->geonames ? std::to_string(m.place->geonames) : "null";
    out += ',';
  });
  array("actors", "a", a.actors, [&](const ActorMention& m) {
    w.str_or_null("name", m.name);
    out += ',';
    w.str("kind", m.kind);
    out += ',';
    w.str_or_null("country", m.country);
    out += ',';
    if (!m.title.empty()) {
      w.str("title", m.title);
      out += ',';
    }
  });
  array("anonymity_markers", "m", a.markers, [&](const AnonymityMarker& m) {
    w.str("kind", m.kind);
    out += ',';
  });
  w.key("warnings");
  out += '[';
  for (std::size_t i = 0; i < a.warnings.size(); ++i) {
    if (i) out += ',';
    out += '{';
    w.str("code", a.warnings[i].code);
    out += ',';
    w.str("message", a.warnings[i].message);
    out += '}';
  }
  out += "]}";
  return out;
}

std::string error_line(std::string_view id, std::string_view code, std::string_view message) {
  std::string out = "{\"schema\":";
  append_json_string(out, kSchema);
  out += ",\"id\":";
  append_json_string(out, id);
  out += ",\"error\":{\"code\":";
  append_json_string(out, code);
  out += ",\"message\":";
  append_json_string(out, message);
  out += "}}";
  return out;
}

}  // namespace claimex
