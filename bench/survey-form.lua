-- wrk script: GET the answering form of a random personal link read from the file named by $SECRETS.
local secrets = {}
for line in io.lines(os.getenv("SECRETS")) do
  secrets[#secrets + 1] = line
end
math.randomseed(7)
request = function()
  return wrk.format("GET", "/answer/" .. secrets[math.random(#secrets)])
end
