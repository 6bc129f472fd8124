#include <stdio.h>
#include <string.h>

#include "report.h"

static const struct reporter reporters[] = {
	{ "text", report_text },
	{ "json", report_json },
	{ "tap", report_tap },
	{ "sarif", report_sarif },
	{ "junit", report_junit },
	{ "github", report_github },
	{ "markdown", report_markdown },
	{ NULL, NULL },
};

const struct reporter *reporter_find(const char *name)
{
	const struct reporter *r;

	for (r = reporters; r->name; r++)
		if (!strcmp(r->name, name))
			return r;
	return NULL;
}

const char *reporter_names(void)
{
	return "text, json, tap, sarif, junit, github, markdown";
}

const char *report_rule_id(const struct rule *rule)
{
	return rule->loaded ? rule->meta.id : rule->source.file;
}

void report_location(char *buf, size_t n, const struct finding *f)
{
	if (!f->path)
		snprintf(buf, n, "%s", "");
	else if (f->line && f->column)
		snprintf(buf, n, "%s:%u:%u", f->path, f->line, f->column);
	else if (f->line)
		snprintf(buf, n, "%s:%u", f->path, f->line);
	else
		snprintf(buf, n, "%s", f->path);
}
