#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "error.h"
#include "security_insights.h"

/*
 * Make room for element n of an array that holds n, doubling its size
 * whenever n reaches a power of two.
 */
static void *grow(void *array, size_t n, size_t size)
{
	if (n && (n & (n - 1)))
		return array;
	return xrealloc(array, (n ? 2 * n : 1) * size);
}

__attribute__((format(printf, 5, 6)))
static void add_problem(struct security_insights *si, enum si_severity sev,
			const char *code, const struct ynode *at,
			const char *fmt, ...)
{
	struct si_problem *p;
	char msg[512], *c;
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	/* messages quote the document: no escape sequence reaches a terminal */
	for (c = msg; *c; c++)
		if ((unsigned char)*c < 0x20 || *c == 0x7f)
			*c = '?';
	si->problems = grow(si->problems, si->nproblems,
			    sizeof(*si->problems));
	p = &si->problems[si->nproblems++];
	p->severity = sev;
	p->code = code;
	p->line = at ? at->line : 0;
	p->column = at ? at->column : 0;
	p->message = xstrdup(msg);
}

/*
 * The mapping at key of map: NULL when absent or null, and also when it
 * is something else, which is then reported.
 */
static const struct ynode *get_mapping(struct security_insights *si,
				       const struct ynode *map,
				       const char *key, const char *path)
{
	const struct ynode *v = ynode_get(map, key);

	if (!v || ynode_is_null(v))
		return NULL;
	if (v->type != YNODE_MAPPING) {
		add_problem(si, SI_ERROR, "wrong-type", v,
			    "%s is %s, not a mapping", path,
			    ynode_type_name(v));
		return NULL;
	}
	return v;
}

static const struct ynode *get_sequence(struct security_insights *si,
					const struct ynode *map,
					const char *key, const char *path)
{
	const struct ynode *v = ynode_get(map, key);

	if (!v || ynode_is_null(v))
		return NULL;
	if (v->type != YNODE_SEQUENCE) {
		add_problem(si, SI_ERROR, "wrong-type", v,
			    "%s is %s, not a list", path,
			    ynode_type_name(v));
		return NULL;
	}
	return v;
}

/* Text at key; NULL when absent, null, or not a scalar (reported). */
static const char *get_text(struct security_insights *si,
			    const struct ynode *map, const char *key,
			    const char *path, const struct ynode **node)
{
	const struct ynode *v = ynode_get(map, key);

	if (node)
		*node = v;
	if (!v || ynode_is_null(v))
		return NULL;
	if (v->type != YNODE_SCALAR) {
		add_problem(si, SI_ERROR, "wrong-type", v,
			    "%s is %s, not text", path, ynode_type_name(v));
		return NULL;
	}
	return v->value;
}

/* 1, 0, or -1 when absent or not a boolean (reported). */
static int get_bool(struct security_insights *si, const struct ynode *map,
		    const char *key, const char *path,
		    const struct ynode **node)
{
	const struct ynode *v = ynode_get(map, key);
	int b;

	if (node)
		*node = v;
	if (!v || ynode_is_null(v))
		return -1;
	if (ynode_bool(v, &b) < 0) {
		add_problem(si, SI_ERROR, "wrong-type", v,
			    "%s is '%s', not true or false", path,
			    v->type == YNODE_SCALAR ? v->value :
			    ynode_type_name(v));
		return -1;
	}
	return b;
}

static int has_space(const char *s)
{
	for (; *s; s++)
		if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
			return 1;
	return 0;
}

/* The schemas' own test: ^https?://[^\s]+$ */
static int is_url(const char *s)
{
	size_t skip = !strncmp(s, "https://", 8) ? 8 :
		!strncmp(s, "http://", 7) ? 7 : 0;

	return skip && s[skip] && !has_space(s);
}

/* local@domain.tld, as loosely as the v2 schema's pattern */
static int is_email(const char *s)
{
	const char *at = strchr(s, '@'), *dot;

	if (!at || at == s || strchr(at + 1, '@') || has_space(s))
		return 0;
	dot = strrchr(at + 1, '.');
	return dot && dot > at + 1 && dot[1];
}

static void check_email(struct security_insights *si, const char *email,
			const struct ynode *at, const char *path)
{
	if (email && !is_email(email))
		add_problem(si, SI_WARNING, "bad-email", at,
			    "%s '%s' is not an email address", path, email);
}

static void add_link(struct security_insights *si, const char *source,
		     const struct ynode *map, const char *key)
{
	const struct ynode *node;
	const char *url = get_text(si, map, key, source, &node);
	struct si_link *l;

	if (!url)
		return;
	if (!is_url(url))
		add_problem(si, SI_WARNING, "bad-url", node,
			    "%s '%s' is not an http or https URL", source,
			    url);
	si->links = grow(si->links, si->nlinks, sizeof(*si->links));
	l = &si->links[si->nlinks++];
	l->source = source;
	l->url = url;
	l->line = node->line;
	l->column = node->column;
}

static struct si_contact *new_contact(struct security_insights *si,
				      const char *source,
				      const struct ynode *at)
{
	struct si_contact *c;

	si->contacts = grow(si->contacts, si->ncontacts,
			    sizeof(*si->contacts));
	c = &si->contacts[si->ncontacts++];
	memset(c, 0, sizeof(*c));
	c->source = source;
	c->primary = -1;
	c->line = at->line;
	c->column = at->column;
	return c;
}

/* A v2 Contact: name, email, social, primary, affiliation. */
static void add_contact_v2(struct security_insights *si, const char *source,
			   const struct ynode *node)
{
	const struct ynode *email_at;
	struct si_contact *c;

	if (!node || ynode_is_null(node))
		return;
	if (node->type != YNODE_MAPPING) {
		add_problem(si, SI_ERROR, "wrong-type", node,
			    "a contact of %s is %s, not a mapping", source,
			    ynode_type_name(node));
		return;
	}
	c = new_contact(si, source, node);
	c->name = get_text(si, node, "name", "a contact's name", NULL);
	c->email = get_text(si, node, "email", "a contact's email",
			    &email_at);
	c->social = get_text(si, node, "social", "a contact's social", NULL);
	c->primary = get_bool(si, node, "primary", "a contact's primary",
			      NULL);
	check_email(si, c->email, email_at, source);
}

/* How many items of a list to read; says so when it is cut short. */
static size_t list_length(struct security_insights *si,
			  const struct ynode *list, const char *source)
{
	if (!list)
		return 0;
	if (list->count <= SI_MAX_CONTACTS)
		return list->count;
	add_problem(si, SI_WARNING, "too-many", list,
		    "%s lists more than %d contacts; the rest are not read",
		    source, SI_MAX_CONTACTS);
	return SI_MAX_CONTACTS;
}

static void add_contacts_v2(struct security_insights *si, const char *source,
			    const struct ynode *map, const char *key)
{
	const struct ynode *list = get_sequence(si, map, key, source);
	size_t i, n = list_length(si, list, source);

	for (i = 0; i < n; i++)
		add_contact_v2(si, source, list->items[i]);
}

static void read_v2(struct security_insights *si, const struct ynode *root)
{
	static const char vr[] = "project.vulnerability-reporting";
	const struct ynode *project, *reporting, *repo, *header, *node;

	header = ynode_get(root, "header");
	si->parent = get_text(si, header, "project-si-source",
			      "header.project-si-source", NULL);

	project = get_mapping(si, root, "project", "project");
	if (project) {
		si->project_name = get_text(si, project, "name",
					    "project.name", NULL);
		if (!si->project_name)
			add_problem(si, SI_ERROR, "missing-field", project,
				    "project has no name");
		add_contacts_v2(si, "project.administrators", project,
				"administrators");
		reporting = get_mapping(si, project,
					"vulnerability-reporting", vr);
		if (!reporting)
			add_problem(si, SI_ERROR, "missing-field", project,
				    "project has no vulnerability-reporting");
		si->reports_accepted = get_bool(si, reporting,
						"reports-accepted",
						"reports-accepted", &node);
		if (node) {
			si->reports_accepted_line = node->line;
			si->reports_accepted_column = node->column;
		} else if (reporting) {
			add_problem(si, SI_ERROR, "missing-field", reporting,
				    "%s has no reports-accepted", vr);
		}
		si->bug_bounty_available =
			get_bool(si, reporting, "bug-bounty-available",
				 "bug-bounty-available", NULL);
		add_contact_v2(si, "project.vulnerability-reporting.contact",
			       ynode_get(reporting, "contact"));
		add_link(si, "project.vulnerability-reporting.security-policy",
			 reporting, "security-policy");
		add_link(si,
			 "project.vulnerability-reporting.bug-bounty-program",
			 reporting, "bug-bounty-program");
		si->pgp_key = get_text(si, reporting, "pgp-key", "pgp-key",
				       NULL);
		add_link(si, "project.documentation.support-policy",
			 get_mapping(si, project, "documentation",
				     "project.documentation"),
			 "support-policy");
	}

	repo = get_mapping(si, root, "repository", "repository");
	if (repo) {
		add_contacts_v2(si, "repository.core-team", repo, "core-team");
		add_contacts_v2(si, "repository.security.champions",
				get_mapping(si, repo, "security",
					    "repository.security"),
				"champions");
		add_link(si, "repository.documentation.security-policy",
			 get_mapping(si, repo, "documentation",
				     "repository.documentation"),
			 "security-policy");
	}
}

/* A v1 security contact: type (email, phone, url) and value. */
static void add_contact_v1(struct security_insights *si,
			   const struct ynode *node)
{
	static const char source[] = "security-contacts";
	const struct ynode *value_at;
	const char *type, *value;
	struct si_contact *c;

	if (node->type != YNODE_MAPPING) {
		add_problem(si, SI_ERROR, "wrong-type", node,
			    "a security contact is %s, not a mapping",
			    ynode_type_name(node));
		return;
	}
	type = get_text(si, node, "type", "a security contact's type", NULL);
	value = get_text(si, node, "value", "a security contact's value",
			 &value_at);
	if (!value) {
		add_problem(si, SI_ERROR, "missing-field", node,
			    "a security contact has no value");
		return;
	}
	c = new_contact(si, source, node);
	c->primary = get_bool(si, node, "primary",
			      "a security contact's primary", NULL);
	if (type && !strcmp(type, "url")) {
		c->url = value;
		if (!is_url(value))
			add_problem(si, SI_WARNING, "bad-url", value_at,
				    "%s '%s' is not an http or https URL",
				    source, value);
	} else if (type && !strcmp(type, "phone")) {
		c->phone = value;
	} else {
		/* the schema's default reading of a value with an @ */
		c->email = value;
		check_email(si, value, value_at, source);
	}
}

static void read_v1(struct security_insights *si, const struct ynode *root)
{
	static const char vr[] = "vulnerability-reporting";
	const struct ynode *header, *reporting, *list, *node;
	const char *email;
	size_t i, n;

	header = ynode_get(root, "header");
	si->parent = get_text(si, header, "parent-security-yaml",
			      "header.parent-security-yaml", NULL);

	list = get_sequence(si, root, "security-contacts",
			    "security-contacts");
	n = list_length(si, list, "security-contacts");
	for (i = 0; i < n; i++)
		add_contact_v1(si, list->items[i]);

	reporting = get_mapping(si, root, vr, vr);
	if (reporting) {
		si->reports_accepted = get_bool(si, reporting,
						"accepts-vulnerability-reports",
						"accepts-vulnerability-reports",
						&node);
		if (node) {
			si->reports_accepted_line = node->line;
			si->reports_accepted_column = node->column;
		} else {
			add_problem(si, SI_ERROR, "missing-field", reporting,
				    "%s has no accepts-vulnerability-reports",
				    vr);
		}
		si->bug_bounty_available =
			get_bool(si, reporting, "bug-bounty-available",
				 "bug-bounty-available", NULL);
		email = get_text(si, reporting, "email-contact",
				 "email-contact", &node);
		if (email) {
			struct si_contact *c = new_contact(
				si, "vulnerability-reporting.email-contact",
				node);

			c->email = email;
			check_email(si, email, node, "email-contact");
		}
		add_link(si, "vulnerability-reporting.security-policy",
			 reporting, "security-policy");
		add_link(si, "vulnerability-reporting.bug-bounty-url",
			 reporting, "bug-bounty-url");
		si->pgp_key = get_text(si, reporting, "pgp-key", "pgp-key",
				       NULL);
		/* the schema asks for both when reports are accepted */
		if (si->reports_accepted == 1 && !email)
			add_problem(si, SI_ERROR, "missing-field", reporting,
				    "reports are accepted, but %s has no "
				    "email-contact", vr);
		if (si->reports_accepted == 1 &&
		    !ynode_get(reporting, "security-policy"))
			add_problem(si, SI_ERROR, "missing-field", reporting,
				    "reports are accepted, but %s has no "
				    "security-policy", vr);
	}

	/* core maintainers: free-form contacts (email, handle, ...) */
	list = get_sequence(si, get_mapping(si, root, "project-lifecycle",
					    "project-lifecycle"),
			    "core-maintainers",
			    "project-lifecycle.core-maintainers");
	n = list_length(si, list, "project-lifecycle.core-maintainers");
	for (i = 0; i < n; i++) {
		const struct ynode *m = list->items[i];
		struct si_contact *c;

		if (m->type != YNODE_SCALAR || ynode_is_null(m))
			continue;
		c = new_contact(si, "project-lifecycle.core-maintainers", m);
		if (is_email(m->value))
			c->email = m->value;
		else
			c->name = m->value;
	}
}

/* "2.0.0" -> 2; -1 when it is no major.minor.patch */
static int schema_major(const char *version)
{
	const char *s = version;
	long major;
	char *end;
	int dots = 0;

	for (; *s; s++) {
		if (*s == '.')
			dots++;
		else if (*s < '0' || *s > '9')
			return -1;
	}
	major = strtol(version, &end, 10);
	if (dots != 2 || end == version || *end != '.' || major > 1000)
		return -1;
	return (int)major;
}

static int problem_cmp(const void *a, const void *b)
{
	const struct si_problem *const *pa = a, *const *pb = b;

	if ((*pa)->line != (*pb)->line)
		return (*pa)->line < (*pb)->line ? -1 : 1;
	if ((*pa)->column != (*pb)->column)
		return (*pa)->column < (*pb)->column ? -1 : 1;
	/* the same place: keep the order they were found in */
	return *pa < *pb ? -1 : *pa > *pb;
}

/* By position, problems about the whole file first. */
static void sort_problems(struct security_insights *si)
{
	struct si_problem **order, *sorted;
	size_t i;

	if (si->nproblems < 2)
		return;
	order = xmalloc(si->nproblems * sizeof(*order));
	for (i = 0; i < si->nproblems; i++)
		order[i] = &si->problems[i];
	qsort(order, si->nproblems, sizeof(*order), problem_cmp);
	sorted = xmalloc(si->nproblems * sizeof(*sorted));
	for (i = 0; i < si->nproblems; i++)
		sorted[i] = *order[i];
	memcpy(si->problems, sorted, si->nproblems * sizeof(*sorted));
	free(sorted);
	free(order);
}

int security_insights_parse(struct security_insights *out, const char *path,
			    const char *data, size_t len)
{
	const struct ynode *root, *header, *version;
	int error = -1;

	memset(out, 0, sizeof(*out));
	out->reports_accepted = -1;
	out->bug_bounty_available = -1;
	if (ydoc_parse(&out->doc, path, data, len) < 0)
		return -1;
	root = out->doc.root;
	if (!root || root->type != YNODE_MAPPING) {
		error_set("%s:%u:%u: not a Security Insights file: the top "
			  "level is %s, not a mapping", path,
			  root ? root->line : 1, root ? root->column : 1,
			  root ? ynode_type_name(root) : "empty");
		goto done;
	}
	header = ynode_get(root, "header");
	version = ynode_get(header, "schema-version");
	if (!version || version->type != YNODE_SCALAR) {
		error_set("%s:%u:%u: not a Security Insights file: no "
			  "header.schema-version", path,
			  header ? header->line : root->line,
			  header ? header->column : root->column);
		goto done;
	}
	out->schema_version = version->value;
	out->major = schema_major(version->value);
	if (out->major != 1 && out->major != 2) {
		error_set("%s:%u:%u: Security Insights schema version '%s' "
			  "is not supported (1.x.x and 2.x.x are)", path,
			  version->line, version->column, version->value);
		goto done;
	}
	if (out->major == 2)
		read_v2(out, root);
	else
		read_v1(out, root);
	if (out->nlinks) {
		const struct si_link *l;

		l = security_insights_link(out, out->major == 2 ?
			"project.vulnerability-reporting.security-policy" :
			"vulnerability-reporting.security-policy");
		out->vulnerability_policy = l ? l->url : NULL;
		l = security_insights_link(out,
			"repository.documentation.security-policy");
		out->security_policy = l ? l->url : NULL;
	}
	sort_problems(out);
	error = 0;
done:
	if (error)
		security_insights_release(out);
	return error;
}

void security_insights_release(struct security_insights *si)
{
	size_t i;

	if (!si)
		return;
	for (i = 0; i < si->nproblems; i++)
		free(si->problems[i].message);
	free(si->problems);
	free(si->contacts);
	free(si->links);
	ydoc_release(&si->doc);
	memset(si, 0, sizeof(*si));
	si->reports_accepted = -1;
	si->bug_bounty_available = -1;
}

size_t security_insights_count_errors(const struct security_insights *si)
{
	size_t i, n = 0;

	for (i = 0; si && i < si->nproblems; i++)
		n += si->problems[i].severity == SI_ERROR;
	return n;
}

const struct si_link *security_insights_link(
	const struct security_insights *si, const char *source)
{
	size_t i;

	for (i = 0; si && i < si->nlinks; i++)
		if (!strcmp(si->links[i].source, source))
			return &si->links[i];
	return NULL;
}

const char *security_insights_severity_name(enum si_severity severity)
{
	return severity == SI_WARNING ? "warning" : "error";
}
