/*
 * route_courses.c - the course catalogue loaded at start-up:
 *   GET /api/v1/courses?limit=&offset=   {"total", "offset", "limit", "courses": [...]}
 *   GET /api/v1/courses/{id}             one course (brug_courses_describe())
 */
#include "routes.h"

void srv_route_courses(srv_req *req)
{
    const brug_courses *c = req->app->courses;
    unsigned long limit, offset;
    uint32_t n = brug_courses_count(c), i;
    json_t *list = json_array();

    if (!list) {
        srv_reply_error(req, 503, BRUG_ENOMEM, "out of memory");
        return;
    }
    if (srv_arg_get_uint(req, "limit", 20, SRV_MAX_LIMIT, &limit) ||
        srv_arg_get_uint(req, "offset", 0, 100000000, &offset)) {
        json_decref(list);
        return;
    }
    for (i = (uint32_t)(offset < n ? offset : n); i < n && json_array_size(list) < limit; i++)
        json_array_append_new(list, brug_courses_describe(c, i));
    srv_reply_json(req, 200,
                   json_pack("{s:I,s:I,s:I,s:o}", "total", (json_int_t)n, "offset",
                             (json_int_t)offset, "limit", (json_int_t)limit, "courses", list));
}

void srv_route_course(srv_req *req)
{
    uint32_t i = brug_courses_find(req->app->courses, req->params[0]);
    if (i == BRUG_NO_INDEX) {
        srv_reply_error(req, 404, BRUG_ENOTFOUND, "no course with id %s", req->params[0]);
        return;
    }
    srv_reply_json(req, 200, brug_courses_describe(req->app->courses, i));
}
