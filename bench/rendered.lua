-- Each request asks for the page with a query no other request has used, so no kept copy can answer it:
-- what a page costs when it is rendered, as for a signed-in person or the first visitor of each second.
local n = 0
request = function()
  n = n + 1
  local sep = string.find(wrk.path, "?", 1, true) and "&" or "?"
  return wrk.format(nil, wrk.path .. sep .. "bench=" .. n)
end
