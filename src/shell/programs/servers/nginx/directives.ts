// Which directives nginx knows and where each may stand. The ones the lab acts on are modelled in
// conf-model.ts; the rest are accepted as nginx would accept them, with no effect here.

export type Context = 'main' | 'events' | 'http' | 'server' | 'location' | 'if' | 'upstream';

const MAIN = [
  'daemon',
  'user',
  'worker_processes',
  'pid',
  'master_process',
  'load_module',
  'env',
  'worker_rlimit_nofile',
  'pcre_jit',
  'thread_pool',
  'lock_file',
  'timer_resolution',
  'worker_priority',
  'worker_cpu_affinity',
  'worker_shutdown_timeout',
  'working_directory',
  'events',
  'http',
  'stream',
  'mail',
  'debug_points',
  'ssl_engine',
];
const EVENTS = [
  'worker_connections',
  'use',
  'multi_accept',
  'accept_mutex',
  'accept_mutex_delay',
  'worker_aio_requests',
  'debug_connection',
];
const HTTP_ONLY = [
  'server',
  'log_format',
  'upstream',
  'map',
  'geo',
  'split_clients',
  'server_names_hash_bucket_size',
  'server_names_hash_max_size',
  'types_hash_max_size',
  'types_hash_bucket_size',
  'variables_hash_max_size',
  'variables_hash_bucket_size',
  'limit_req_zone',
  'limit_conn_zone',
  'proxy_cache_path',
  'fastcgi_cache_path',
  'ssl_session_cache',
  'map_hash_bucket_size',
  'underscores_in_headers',
  'ignore_invalid_headers',
];
const SERVER_ONLY = [
  'listen',
  'server_name',
  'ssl_certificate',
  'ssl_certificate_key',
  'ssl_protocols',
  'ssl_ciphers',
  'ssl_prefer_server_ciphers',
  'ssl_session_timeout',
];
const LOCATION_ONLY = [
  'alias',
  'internal',
  'limit_except',
  'proxy_pass',
  'fastcgi_pass',
  'uwsgi_pass',
  'grpc_pass',
];
/** http, server and location (and `if` in most). */
const ANY_HTTP = [
  'root',
  'index',
  'access_log',
  'error_log',
  'error_page',
  'default_type',
  'types',
  'autoindex',
  'autoindex_exact_size',
  'autoindex_localtime',
  'autoindex_format',
  'sendfile',
  'tcp_nopush',
  'tcp_nodelay',
  'keepalive_timeout',
  'keepalive_requests',
  'gzip',
  'gzip_types',
  'gzip_vary',
  'gzip_proxied',
  'gzip_comp_level',
  'gzip_min_length',
  'gzip_disable',
  'gzip_http_version',
  'gzip_buffers',
  'gzip_static',
  'server_tokens',
  'client_max_body_size',
  'client_body_buffer_size',
  'client_body_timeout',
  'client_header_timeout',
  'send_timeout',
  'add_header',
  'expires',
  'charset',
  'charset_types',
  'source_charset',
  'etag',
  'if_modified_since',
  'log_not_found',
  'log_subrequest',
  'open_file_cache',
  'open_file_cache_valid',
  'open_file_cache_errors',
  'open_file_cache_min_uses',
  'resolver',
  'resolver_timeout',
  'rewrite',
  'rewrite_log',
  'return',
  'set',
  'if',
  'try_files',
  'location',
  'absolute_redirect',
  'port_in_redirect',
  'server_name_in_redirect',
  'merge_slashes',
  'msie_padding',
  'limit_req',
  'limit_conn',
  'limit_rate',
  'allow',
  'deny',
  'auth_basic',
  'auth_basic_user_file',
  'satisfy',
  'proxy_set_header',
  'proxy_http_version',
  'proxy_read_timeout',
  'proxy_connect_timeout',
  'proxy_send_timeout',
  'proxy_buffering',
  'proxy_buffers',
  'proxy_buffer_size',
  'proxy_redirect',
  'proxy_cache',
  'proxy_cache_valid',
  'proxy_hide_header',
  'proxy_pass_header',
  'proxy_intercept_errors',
  'proxy_next_upstream',
  'fastcgi_param',
  'fastcgi_index',
  'fastcgi_split_path_info',
  'fastcgi_read_timeout',
  'uwsgi_param',
  'ssi',
  'sub_filter',
  'sub_filter_once',
  'real_ip_header',
  'set_real_ip_from',
  'aio',
  'directio',
  'output_buffers',
  'postpone_output',
  'reset_timedout_connection',
  'chunked_transfer_encoding',
  'default_type',
  'large_client_header_buffers',
  'client_header_buffer_size',
  'lingering_close',
  'lingering_time',
  'lingering_timeout',
  'recursive_error_pages',
  'keepalive_disable',
  'http2',
  'ssl_stapling',
  'add_trailer',
  'mp4',
  'flv',
  'stub_status',
  'break',
  'internal',
  'ssl_certificate',
  'ssl_certificate_key',
  'ssl_protocols',
  'ssl_ciphers',
  'ssl_prefer_server_ciphers',
  'ssl_session_cache',
  'ssl_session_timeout',
];

const table = new Map<string, Set<Context>>();
function allow(names: readonly string[], contexts: readonly Context[]): void {
  for (const n of names) {
    const s = table.get(n) ?? new Set<Context>();
    for (const c of contexts) s.add(c);
    table.set(n, s);
  }
}
allow(MAIN, ['main']);
allow(['error_log'], ['main']);
allow(EVENTS, ['events']);
allow(HTTP_ONLY, ['http']);
allow(['server'], ['upstream']);
allow(SERVER_ONLY, ['server']);
allow(LOCATION_ONLY, ['location']);
allow(ANY_HTTP, ['http', 'server', 'location', 'if']);
allow(['upstream'], ['http']);
allow(['keepalive', 'least_conn', 'ip_hash', 'hash', 'zone'], ['upstream']);

export function isKnown(name: string): boolean {
  return table.has(name);
}

export function allowedIn(name: string, context: Context): boolean {
  if (name === 'location') return context === 'server' || context === 'location';
  if (name === 'listen' || name === 'server_name') return context === 'server';
  return table.get(name)?.has(context) ?? false;
}

/** Directives that open a block `{ … }`. */
export const BLOCKS = new Set([
  'events',
  'http',
  'server',
  'location',
  'if',
  'types',
  'upstream',
  'map',
  'geo',
  'limit_except',
  'split_clients',
  'stream',
  'mail',
]);
