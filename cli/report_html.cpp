#include "cli/report_html.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

#include "extract/utf8.hpp"

namespace claimex::cli {
namespace {

using nlohmann::json;

std::string fmt(const char* pattern, double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, pattern, v);
  return buf;
}

std::string escaped(std::string_view s) {
  std::string out;
  append_html(out, s);
  return out;
}

// The first bytes of s up to n, not splitting a UTF-8 sequence.
std::string cut(const std::string& s, std::size_t n) {
  while (n > 0 && n < s.size() && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n);
}

std::string str_or(const json& j, const char* key, std::string fallback = "") {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : fallback;
}

// Every annotation's byte range, by what it is.
struct Range {
  std::size_t start, end;
  std::string id;
  enum class Role { entity, content, cue, source } role;
};

std::vector<Range> ranges_of(const json& result) {
  std::vector<Range> out;
  auto add = [&](const json& j, const std::string& id, Range::Role role) {
    if (!j.is_object() || !j.value("start", json()).is_number() || !j.value("end", json()).is_number()) return;
    const std::size_t s = j["start"], e = j["end"];
    if (e > s) out.push_back({s, e, id, role});
  };
  for (const char* field : {"dates", "places", "actors", "anonymity_markers"})
    for (const json& item : result.value(field, json::array())) add(item, str_or(item, "id"), Range::Role::entity);
  for (const json& c : result.value("claims", json::array())) {
    const std::string id = str_or(c, "id");
    add(c.value("content", json()), id, Range::Role::content);
    add(c.value("cue", json()), id, Range::Role::cue);
    add(c.value("source", json()), id, Range::Role::source);
  }
  return out;
}

// ---- charts (inline SVG) ----

struct Bar {
  std::string label, href;
  double value;
  std::string note;  // shown after the bar
};

std::string bar_chart(const std::vector<Bar>& bars, double max, const char* css_class) {
  const int row = 22, label_w = 190, bar_w = 260;
  std::string out = "<svg class=\"chart " + std::string(css_class) + "\" width=\"" + std::to_string(label_w + bar_w + 70) +
                    "\" height=\"" + std::to_string(row * std::max<std::size_t>(1, bars.size()) + 4) + "\" role=\"img\">";
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const int y = static_cast<int>(i) * row;
    const double w = max > 0 ? bar_w * bars[i].value / max : 0;
    std::string label = escaped(bars[i].label.size() > 26 ? cut(bars[i].label, 25) + "…" : bars[i].label);
    if (!bars[i].href.empty()) label = "<a href=\"" + bars[i].href + "\">" + label + "</a>";
    out += "<text x=\"" + std::to_string(label_w - 6) + "\" y=\"" + std::to_string(y + 15) +
           "\" text-anchor=\"end\">" + label + "</text>";
    out += "<rect class=\"bar\" x=\"" + std::to_string(label_w) + "\" y=\"" + std::to_string(y + 4) + "\" width=\"" +
           fmt("%.1f", w) + "\" height=\"14\"><title>" + escaped(bars[i].label + ": " + bars[i].note) + "</title></rect>";
    out += "<text x=\"" + fmt("%.1f", label_w + w + 6) + "\" y=\"" + std::to_string(y + 15) + "\">" +
           escaped(bars[i].note) + "</text>";
  }
  return out + "</svg>";
}

// Countries at their capital on an equirectangular grid: no coastlines, no
// tiles, nothing fetched.
std::string world_plot(const std::map<std::string, int>& by_country, const CountryPoints& points) {
  const double W = 540, H = 270;
  std::string out = "<svg class=\"chart world\" width=\"540\" height=\"270\" viewBox=\"0 0 540 270\" role=\"img\">"
                    "<rect class=\"sea\" width=\"540\" height=\"270\"/>";
  for (int lon = -150; lon <= 150; lon += 30)
    out += "<line class=\"grid\" x1=\"" + fmt("%.1f", (lon + 180) / 360.0 * W) + "\" y1=\"0\" x2=\"" +
           fmt("%.1f", (lon + 180) / 360.0 * W) + "\" y2=\"270\"/>";
  for (int lat = -60; lat <= 60; lat += 30)
    out += "<line class=\"grid\" x1=\"0\" y1=\"" + fmt("%.1f", (90 - lat) / 180.0 * H) + "\" x2=\"540\" y2=\"" +
           fmt("%.1f", (90 - lat) / 180.0 * H) + "\"/>";
  for (const auto& [country, n] : by_country) {
    auto it = points.find(country);
    if (it == points.end()) continue;
    const double x = (it->second.second + 180) / 360.0 * W, y = (90 - it->second.first) / 180.0 * H;
    out += "<circle class=\"country\" data-country=\"" + escaped(country) + "\" cx=\"" + fmt("%.1f", x) + "\" cy=\"" +
           fmt("%.1f", y) + "\" r=\"" + fmt("%.1f", 3 + 2.5 * std::sqrt(n)) + "\"><title>" + escaped(country) + ": " +
           std::to_string(n) + " mention(s)</title></circle>";
    out += "<text class=\"country-label\" x=\"" + fmt("%.1f", x + 5) + "\" y=\"" + fmt("%.1f", y - 5) + "\">" +
           escaped(country) + "</text>";
  }
  return out + "</svg>";
}

// A DATE value's position in days since 0000-01-01 (approximate months), or
// -1 for values that are not calendar dates: durations (PXY), yearless
// dates (XXXX-10-19) and weeks (2025-W46).
double day_number(const std::string& v) {
  int y = 0, m = 0, d = 0;
  if (v.size() >= 4 && std::sscanf(v.c_str(), "%4d", &y) == 1 && std::isdigit(static_cast<unsigned char>(v[0]))) {
    if (v.size() >= 7 && v[4] == '-' && std::isdigit(static_cast<unsigned char>(v[5]))) std::sscanf(v.c_str() + 5, "%2d", &m);
    if (m && v.size() >= 10 && v[7] == '-' && std::isdigit(static_cast<unsigned char>(v[8]))) std::sscanf(v.c_str() + 8, "%2d", &d);
    return y * 365.25 + (m ? m - 1 : 0) * 30.44 + (d ? d - 1 : 0);
  }
  return -1;
}

std::string timeline(const std::vector<std::pair<double, std::string>>& dates) {
  const double L = 20, R = 520;
  std::string out = "<svg class=\"chart timeline\" width=\"540\" height=\"70\" role=\"img\">";
  if (dates.empty()) return out + "<text x=\"20\" y=\"35\">no calendar dates</text></svg>";
  auto [lo, hi] = std::minmax_element(dates.begin(), dates.end());
  const double a = lo->first, b = std::max(hi->first, lo->first + 30);
  auto x = [&](double day) { return L + (R - L) * (day - a) / (b - a); };
  out += "<line class=\"axis\" x1=\"20\" y1=\"40\" x2=\"520\" y2=\"40\"/>";
  const int first = static_cast<int>(a / 365.25) + 1, last = static_cast<int>(b / 365.25);
  const int step = std::max(1, (last - first + 1) / 8);  // at most about eight labels
  for (int year = first; year <= last; year += step)
    out += "<text class=\"tick\" x=\"" + fmt("%.1f", x(year * 365.25)) + "\" y=\"62\" text-anchor=\"middle\">" +
           std::to_string(year) + "</text>";
  for (const auto& [day, value] : dates)
    out += "<line class=\"date-tick\" x1=\"" + fmt("%.1f", x(day)) + "\" y1=\"28\" x2=\"" + fmt("%.1f", x(day)) +
           "\" y2=\"40\"><title>" + escaped(value) + "</title></line>";
  out += "<text class=\"tick\" x=\"20\" y=\"18\">" + escaped(lo->second) + "</text>";
  out += "<text class=\"tick\" x=\"520\" y=\"18\" text-anchor=\"end\">" + escaped(hi->second) + "</text>";
  return out + "</svg>";
}

// ---- one article ----

std::string sourcing_panel(const json& summary) {
  std::vector<Bar> bars;
  double max = 0;
  const json by_kind = summary.value("by_kind", json::object());
  for (const auto& [kind, n] : by_kind.items()) {
    bars.push_back({kind, "", n.get<double>(), std::to_string(n.get<int>())});
    max = std::max(max, n.get<double>());
  }
  const int claims = summary.value("claims", 0), anonymous = summary.value("anonymous", 0);
  std::string out = "<div class=\"sourcing\"><h3>Sourcing</h3><p><b class=\"claims-count\">" + std::to_string(claims) +
                    "</b> claim(s), <b class=\"anon-share\">" +
                    fmt("%.0f", claims ? 100.0 * anonymous / claims : 0) + "%</b> from anonymous sources";
  if (summary.value("leads_with_anonymous", false)) out += "; the story leads with an anonymous source";
  out += "</p>";
  if (claims) {
    const double w = 300, a = w * anonymous / claims;
    out += "<svg class=\"chart share\" width=\"320\" height=\"24\" role=\"img\"><rect class=\"named\" x=\"0\" y=\"4\" width=\"" +
           fmt("%.1f", w - a) + "\" height=\"16\"><title>named</title></rect><rect class=\"anonymous\" x=\"" +
           fmt("%.1f", w - a) + "\" y=\"4\" width=\"" + fmt("%.1f", a) + "\" height=\"16\"><title>anonymous</title></rect></svg>";
    out += bar_chart(bars, max, "kinds");
  }
  return out + "</div>";
}

void article_html(std::string& out, const ReportArticle& art, std::size_t n) {
  const json& r = art.result;
  const std::string id = str_or(r, "id", "record " + std::to_string(n));
  out += "<section class=\"article\" id=\"art-" + std::to_string(n) + "\" data-id=\"" + escaped(id) + "\">";
  out += "<h2>" + escaped(id) + "</h2>";
  if (r.contains("error")) {
    out += "<p class=\"error\">Not processed: " + escaped(str_or(r["error"], "code")) + ": " +
           escaped(str_or(r["error"], "message")) + "</p></section>";
    return;
  }
  out += "<p class=\"meta\">article date " + escaped(str_or(r, "dct", "none")) + " (" + escaped(str_or(r, "dct_source")) + ")";
  for (const char* f : {"dates", "places", "actors", "claims", "anonymity_markers"})
    out += " · <span class=\"count-" + std::string(f) + "\">" + std::to_string(r.value(f, json::array()).size()) +
           "</span> " + (std::string_view(f) == "anonymity_markers" ? "markers" : f);
  out += "</p><div class=\"body\"><div class=\"text\">";
  std::map<std::string, std::string> entity_class, tip;  // id -> css class, hover text
  for (const auto& [field, css] : std::vector<std::pair<const char*, const char*>>{
           {"dates", "date"}, {"places", "place"}, {"actors", "actor"}, {"anonymity_markers", "marker"}})
    for (const json& item : r.value(field, json::array())) {
      const std::string id = str_or(item, "id");
      entity_class[id] = css;
      std::string t = std::string(css) + ": ";
      if (std::string_view(css) == "date") t += str_or(item, "type") + " " + str_or(item, "value") + (item.value("mod", json()).is_string() ? " " + item["mod"].get<std::string>() : "");
      else if (std::string_view(css) == "place") t += str_or(item, "name") + " (" + str_or(item, "kind") + ", " + str_or(item, "country", "no country") + ")";
      else if (std::string_view(css) == "actor") t += str_or(item, "kind") + (item.value("name", json()).is_string() ? " " + item["name"].get<std::string>() : "") + (item.value("country", json()).is_string() ? " (" + item["country"].get<std::string>() + ")" : "");
      else t += str_or(item, "kind");
      tip[id] = t;
    }
  std::set<std::string> anonymous;
  for (const json& c : r.value("claims", json::array()))
    if (c.value("anonymous", false)) anonymous.insert(str_or(c, "id"));
  auto join = [](const std::vector<std::string>& v) {
    std::string s;
    for (const auto& x : v) s += (s.empty() ? "" : " ") + x;
    return s;
  };
  for (const Segment& s : segments_of(art.text, r)) {
    const std::string_view piece = std::string_view(art.text).substr(s.start, s.end - s.start);
    if (s.entities.empty() && s.contents.empty() && s.cues.empty() && s.sources.empty()) {
      append_html(out, piece);
      continue;
    }
    std::set<std::string> classes;
    for (const auto& e : s.entities) classes.insert(entity_class[e]);
    if (!s.contents.empty()) classes.insert("quote");
    for (const auto& c : s.contents)
      if (anonymous.count(c)) classes.insert("anon");
    if (!s.cues.empty()) classes.insert("cue");
    if (!s.sources.empty()) classes.insert("src");
    out += "<span class=\"s";
    for (const auto& c : classes) out += " " + c;
    out += "\"";
    if (!s.entities.empty()) {
      out += " data-e=\"" + join(s.entities) + "\" title=\"";
      for (std::size_t k = 0; k < s.entities.size(); ++k) out += (k ? "; " : "") + escaped(tip[s.entities[k]]);
      out += "\"";
    }
    if (!s.contents.empty()) out += " data-c=\"" + join(s.contents) + "\"";
    if (!s.cues.empty()) out += " data-cue=\"" + join(s.cues) + "\"";
    if (!s.sources.empty()) out += " data-src=\"" + join(s.sources) + "\"";
    out += ">";
    append_html(out, piece);
    out += "</span>";
  }
  out += "</div><aside><div class=\"claim-info\"><p class=\"hint\">Click a highlighted quotation to see its speaker.</p></div>";
  out += sourcing_panel(r.value("summary", json::object()));
  out += "</aside></div>";
  // What the page's script needs about each claim and actor, as JSON.
  json data = {{"claims", json::array()}, {"actors", json::object()}};
  for (const json& c : r.value("claims", json::array())) {
    const json src = c.value("source", json::object());
    data["claims"].push_back({{"id", c.value("id", "")}, {"type", c.value("type", "")},
                              {"cue", c.value("cue", json()).is_object() ? c["cue"].value("text", "") : ""},
                              {"lemma", c.value("cue", json()).is_object() ? c["cue"].value("lemma", "") : ""},
                              {"name", src.value("name", json())}, {"kind", src.value("kind", "")},
                              {"actor", src.value("actor", json())}, {"resolved", src.value("resolved", false)},
                              {"source_text", src.value("text", json())}, {"anonymous", c.value("anonymous", false)},
                              {"flags", c.value("anonymity", json::object()).value("flags", json::array())},
                              {"reason", c.value("anonymity", json::object()).value("reason", json())}});
  }
  for (const json& a : r.value("actors", json::array()))
    data["actors"][a.value("id", "")] = {{"name", a.value("name", json())}, {"kind", a.value("kind", "")}};
  std::string blob = data.dump(-1, ' ', false, json::error_handler_t::replace);
  // "</" cannot close the script element early.
  for (std::size_t p = 0; (p = blob.find("</", p)) != std::string::npos; p += 3) blob.replace(p, 2, "<\\/");
  out += "<script type=\"application/json\" class=\"claims-data\">" + blob + "</script></section>";
}

// ---- the corpus index ----

std::string index_html(const std::vector<ReportArticle>& articles, const CountryPoints& points) {
  std::vector<Bar> shares, speakers_bars;
  std::map<std::string, int> speakers, countries;
  std::vector<std::pair<double, std::string>> dates;
  int claims = 0, anonymous = 0;
  for (std::size_t i = 0; i < articles.size(); ++i) {
    const json& r = articles[i].result;
    if (r.contains("error")) continue;
    const json s = r.value("summary", json::object());
    const int c = s.value("claims", 0), an = s.value("anonymous", 0);
    claims += c, anonymous += an;
    std::string label = str_or(r, "id");
    if (const auto slash = label.rfind('/'); slash != std::string::npos) label = label.substr(slash + 1);
    shares.push_back({label, "#art-" + std::to_string(i), c ? 100.0 * an / c : 0,
                      fmt("%.0f%%", c ? 100.0 * an / c : 0) + " of " + std::to_string(c)});
    for (const json& cl : r.value("claims", json::array())) {
      const json src = cl.value("source", json::object());
      if (src.value("name", json()).is_string()) ++speakers[src["name"].get<std::string>()];
    }
    for (const json& p : r.value("places", json::array()))
      if (p.value("country", json()).is_string()) ++countries[p["country"].get<std::string>()];
    for (const json& d : r.value("dates", json::array()))
      if (d.value("type", "") == "DATE")
        if (const double day = day_number(d.value("value", "")); day >= 0) dates.push_back({day, d.value("value", "")});
  }
  std::vector<std::pair<int, std::string>> ranked;
  for (const auto& [name, n] : speakers) ranked.push_back({-n, name});
  std::sort(ranked.begin(), ranked.end());
  double top = 0;
  for (std::size_t i = 0; i < ranked.size() && i < 10; ++i) {
    speakers_bars.push_back({ranked[i].second, "", static_cast<double>(-ranked[i].first), std::to_string(-ranked[i].first)});
    top = std::max(top, static_cast<double>(-ranked[i].first));
  }
  std::string out = "<section class=\"index\"><h2>" + std::to_string(articles.size()) + " articles</h2>";
  out += "<p><b class=\"corpus-claims\">" + std::to_string(claims) + "</b> claims, <b class=\"corpus-anon-share\">" +
         fmt("%.0f", claims ? 100.0 * anonymous / claims : 0) + "%</b> from anonymous sources overall.</p>";
  out += "<div class=\"charts\"><figure><figcaption>Anonymous share per article</figcaption>" +
         bar_chart(shares, 100, "shares") + "</figure>";
  out += "<figure><figcaption>Most-quoted speakers</figcaption>" + bar_chart(speakers_bars, top, "speakers") + "</figure>";
  out += "<figure><figcaption>Places by country</figcaption>" + world_plot(countries, points) + "</figure>";
  out += "<figure><figcaption>Dates on a timeline</figcaption>" + timeline(dates) + "</figure></div></section>";
  return out;
}

const char* kStyle = R"CSS(
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1f2328;background:#fafafa}
header{background:#24292f;color:#fff;padding:10px 24px}header h1{font-size:18px;margin:0}
main{padding:0 24px 40px}
.legend{display:flex;gap:14px;flex-wrap:wrap;padding:8px 0;font-size:13px}
.legend span{padding:1px 6px}
section{background:#fff;border:1px solid #d0d7de;border-radius:6px;margin:16px 0;padding:8px 16px}
.body{display:flex;gap:20px;align-items:flex-start}
.text{white-space:pre-wrap;flex:1 1 auto;max-width:760px}
aside{flex:0 0 480px;position:sticky;top:8px}
.meta{color:#57606a;font-size:13px}
.s.quote{background:#fef9c3;cursor:pointer}.s.quote.anon{background:#fde2e2;text-decoration:underline dotted #dc2626}
.s.date{background:#dbeafe}.s.place{background:#dcfce7}.s.actor{border-bottom:2px solid #f59e0b}
.s.marker{text-decoration:underline wavy #dc2626}
.s.cue{font-weight:700}.s.src{box-shadow:inset 0 -3px 0 #8250df}
.s.sel{background:#fde047!important}.s.sel-src{background:#c4b5fd!important;outline:2px solid #8250df}
.s.sel-cue{outline:2px solid #1f2328}
.claim-info{border:1px solid #d0d7de;border-radius:6px;padding:6px 10px;min-height:60px;font-size:14px}
.claim-info .flag{background:#fde2e2;color:#a40e26;padding:0 5px;border-radius:3px;margin-right:4px}
.hint{color:#57606a}.error{color:#a40e26}
.chart text{font-size:12px;fill:#1f2328}.chart .bar{fill:#0969da}.share .named{fill:#2da44e}.share .anonymous{fill:#cf222e}
.world .sea{fill:#eef6ff}.world .grid{stroke:#c8d7ea;stroke-width:.5}.world .country{fill:#cf222e;fill-opacity:.6}
.world .country-label{font-size:10px}
.timeline .axis{stroke:#57606a}.timeline .date-tick{stroke:#0969da;stroke-width:2}
.charts{display:flex;flex-wrap:wrap;gap:24px}figure{margin:0}figcaption{font-weight:600;margin-bottom:4px}
)CSS";

// Clicking a quotation selects its claim: the content, the cue and the
// source light up, and so does every mention of the actor it resolves to.
const char* kScript = R"JS(
document.querySelectorAll('section.article').forEach(function (sec) {
  var blob = sec.querySelector('script.claims-data');
  if (!blob) return;
  var data = JSON.parse(blob.textContent), byId = {};
  data.claims.forEach(function (c) { byId[c.id] = c; });
  var info = sec.querySelector('.claim-info');
  function has(el, attr, id) { return (el.getAttribute(attr) || '').split(' ').indexOf(id) >= 0; }
  function select(id) {
    var c = byId[id];
    sec.querySelectorAll('.sel,.sel-src,.sel-cue').forEach(function (el) { el.classList.remove('sel', 'sel-src', 'sel-cue'); });
    sec.querySelectorAll('.s').forEach(function (el) {
      if (has(el, 'data-c', id)) el.classList.add('sel');
      if (has(el, 'data-cue', id)) el.classList.add('sel-cue');
      if (has(el, 'data-src', id) || (c.actor && has(el, 'data-e', c.actor))) el.classList.add('sel-src');
    });
    sec.setAttribute('data-selected', id);
    var html = '<p><b>Speaker:</b> <span class="speaker-name"></span> <span class="speaker-kind"></span></p>' +
      '<p><b>' + c.type + '</b> claim, cue <i class="cue-text"></i>' + (c.resolved ? ', speaker resolved from <i class="source-text"></i>' : '') + '</p>';
    if (c.anonymous) html += '<p class="anonymous-note"><b>Anonymous source</b>' + (c.reason ? ': reason given, <i class="reason"></i>' : ', no reason given') + '</p>';
    if (c.flags.length) html += '<p>' + c.flags.map(function (f) { return '<span class="flag">' + f + '</span>'; }).join('') + '</p>';
    info.innerHTML = html;
    info.querySelector('.speaker-name').textContent = c.name === null ? '(none)' : c.name;
    info.querySelector('.speaker-kind').textContent = '(' + c.kind + ')';
    info.querySelector('.cue-text').textContent = c.cue || '(none: a quotation continued)';
    if (c.resolved) info.querySelector('.source-text').textContent = c.source_text || '(the previous claim)';
    if (c.anonymous && c.reason) info.querySelector('.reason').textContent = c.reason.text;
  }
  sec.addEventListener('click', function (ev) {
    var el = ev.target.closest('.s');
    if (!el) return;
    var ids = (el.getAttribute('data-c') || el.getAttribute('data-cue') || el.getAttribute('data-src') || '').split(' ').filter(Boolean);
    if (ids.length) select(ids[ids.length - 1]);
  });
});
)JS";

}  // namespace

void append_html(std::string& out, std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      switch (b) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case 0: out += "\xEF\xBF\xBD"; break;  // NUL is not allowed in HTML text
        default: out += static_cast<char>(b);
      }
      ++i;
      continue;
    }
    const utf8::Unit u = utf8::decode(text, i);
    if (u.valid) out.append(text.substr(i, u.len));
    else utf8::append(out, utf8::kReplacement);
    i += u.len;
  }
}

std::vector<Segment> segments_of(std::string_view text, const nlohmann::json& result) {
  std::vector<Range> ranges = ranges_of(result);
  std::erase_if(ranges, [&](const Range& r) { return r.end > text.size(); });
  std::set<std::size_t> cuts = {0, text.size()};
  for (const Range& r : ranges) cuts.insert(r.start), cuts.insert(r.end);
  // A sweep over the cuts: ranges join the active set where they start and
  // leave it where they end, so the work grows with the output, not with
  // cuts times ranges.
  std::vector<std::size_t> by_start(ranges.size());
  for (std::size_t i = 0; i < by_start.size(); ++i) by_start[i] = i;
  std::sort(by_start.begin(), by_start.end(), [&](std::size_t a, std::size_t b) { return ranges[a].start < ranges[b].start; });
  std::set<std::size_t> active;  // indices into ranges, in document order of the results
  std::size_t next = 0;
  std::vector<Segment> out;
  for (auto it = cuts.begin(); std::next(it) != cuts.end(); ++it) {
    Segment s{*it, *std::next(it), {}, {}, {}, {}};
    std::erase_if(active, [&](std::size_t i) { return ranges[i].end <= s.start; });
    while (next < by_start.size() && ranges[by_start[next]].start <= s.start) active.insert(by_start[next++]);
    for (std::size_t i : active) {
      const Range& r = ranges[i];
      auto& list = r.role == Range::Role::entity ? s.entities
                   : r.role == Range::Role::content ? s.contents
                   : r.role == Range::Role::cue     ? s.cues
                                                    : s.sources;
      list.push_back(r.id);
    }
    out.push_back(std::move(s));
  }
  return out;
}

std::string report_html(const std::vector<ReportArticle>& articles, const CountryPoints& points,
                        std::string_view title) {
  std::string out = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>";
  append_html(out, title);
  out += "</title><style>" + std::string(kStyle) + "</style></head><body><header><h1>";
  append_html(out, title);
  out += "</h1></header><main><div class=\"legend\"><span class=\"s date\">date</span><span class=\"s place\">place</span>"
         "<span class=\"s actor\">actor</span><span class=\"s marker\">anonymity marker</span>"
         "<span class=\"s quote\">claim content</span><span class=\"s quote anon\">anonymous claim</span>"
         "<span class=\"s cue\">cue</span><span class=\"s src\">source</span></div>";
  if (articles.size() > 1) out += index_html(articles, points);
  for (std::size_t i = 0; i < articles.size(); ++i) article_html(out, articles[i], i);
  out += "</main><script>" + std::string(kScript) + "</script></body></html>\n";
  return out;
}

}  // namespace claimex::cli
