-- wrk script: POST the answers (the urlencoded body in the file named by $BODY) to personal links read
-- from the file named by $LINKS, each link once: thread i of n ($THREADS, as wrk's -t) takes the links
-- i, i+n, i+2n, ... and stops when it has used its share. A link takes answers once, so a repeat would be a refusal, not a submission.
-- Counts the responses that redirect to the thank-you page; anything else is a failure. Writes
-- "posts redirected other" to the file named by $RESULT (read by WaveLoadBench).
local threads = {}
local counter = 0

function setup(thread)
  thread:set("index", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  local file = io.open(os.getenv("BODY"), "r")
  body = file:read("*a")
  file:close()
  links = {}
  local i = 0
  local n = tonumber(os.getenv("THREADS") or "2")
  for line in io.lines(os.getenv("LINKS")) do
    if i % n == index then
      links[#links + 1] = line
    end
    i = i + 1
  end
  next_link = 1
  posts = 0
  redirected = 0
  other = 0
  headers = { ["Content-Type"] = "application/x-www-form-urlencoded" }
end

request = function()
  if next_link > #links then
    wrk.thread:stop()
    return wrk.format("GET", "/answer/thanks")
  end
  local link = links[next_link]
  next_link = next_link + 1
  return wrk.format("POST", "/answer/" .. link, headers, body)
end

response = function(status, response_headers, response_body)
  posts = posts + 1
  local location = response_headers["Location"] or ""
  if status == 302 and string.find(location, "/answer/thanks", 1, true) then
    redirected = redirected + 1
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local posts_all, redirected_all, other_all = 0, 0, 0
  for _, thread in ipairs(threads) do
    posts_all = posts_all + thread:get("posts")
    redirected_all = redirected_all + thread:get("redirected")
    other_all = other_all + thread:get("other")
  end
  io.write(string.format("answers POSTed: %d; redirected to the thank-you page: %d; other: %d\n",
    posts_all, redirected_all, other_all))
  local result = os.getenv("RESULT")
  if result then
    local file = io.open(result, "w")
    file:write(string.format("%d %d %d\n", posts_all, redirected_all, other_all))
    file:close()
  end
end
