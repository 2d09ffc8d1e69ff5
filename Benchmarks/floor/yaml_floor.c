/* The floor for any libyaml front end: parse every event of each file and drop it at once.
   Usage: yaml_floor FILE...   Prints the number of events. Exit 1 on a parse error. */
#include <stdio.h>
#include <stdlib.h>
#include <yaml.h>

static int scan(const char *path, unsigned long *events) {
    FILE *file = fopen(path, "rb");
    if (!file) { perror(path); return 1; }
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    unsigned char *bytes = malloc(size > 0 ? (size_t)size : 1);
    if (fread(bytes, 1, (size_t)size, file) != (size_t)size) { fclose(file); free(bytes); return 1; }
    fclose(file);
    yaml_parser_t parser;
    yaml_event_t event;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, bytes, (size_t)size);
    int done = 0, status = 0;
    while (!done) {
        if (!yaml_parser_parse(&parser, &event)) { fprintf(stderr, "%s: %s\n", path, parser.problem); status = 1; break; }
        done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        (*events)++;
    }
    yaml_parser_delete(&parser);
    free(bytes);
    return status;
}

int main(int argc, char **argv) {
    unsigned long events = 0;
    int status = 0;
    for (int i = 1; i < argc; i++) status |= scan(argv[i], &events);
    printf("%lu events\n", events);
    return status;
}
