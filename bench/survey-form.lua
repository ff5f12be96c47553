-- wrk script: GET the answering form of a random personal link read from the file named by $SECRETS.
local secrets = {}
for line in io.lines(os.getenv("SECRETS")) do
  secrets[#secrets + 1] = line
end
math.randomseed(7)
request = function()
  return wrk.format("GET", "/answer/" .. secrets[math.random(#secrets)])
end

function done(summary, latency, requests)
  -- the requests answered, for the bench's CPU per page (written to $RESULT when given)
  local result = os.getenv("RESULT")
  if result then
    local file = io.open(result, "w")
    file:write(string.format("%d\n", summary.requests))
    file:close()
  end
end
